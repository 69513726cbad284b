// Typed documents for the visibility matrix (test/graphql/visibility-matrix*.test.ts).
import { graphql } from "../generated/gql.js";

export const XStatus = graphql(`
  query XStatus($id: ID!) {
    status(id: $id) { id snowflake visibility }
  }
`);

export const XNode = graphql(`
  query XNode($id: ID!) {
    node(id: $id) { __typename id ... on Status { snowflake visibility } }
  }
`);

/** Every list a viewer (signed in or not) can ask for, in one round trip. */
export const XViewerLists = graphql(`
  query XViewerLists($accountId: ID!, $rootId: ID!, $tag: String!, $q: String!) {
    accountStatuses(accountId: $accountId, first: 40) { edges { node { snowflake } } }
    publicTimeline(first: 40) { edges { node { snowflake visibility } } }
    hashtagTimeline(tag: $tag, first: 40) { edges { node { snowflake } } }
    search(query: $q, limit: 40) { statuses { snowflake } }
    status(id: $rootId) { snowflake context { descendants { snowflake } } }
  }
`);

/** The lists only a signed-in viewer has. */
export const XSignedInLists = graphql(`
  query XSignedInLists {
    homeTimeline(first: 40) { edges { node { snowflake } } }
    notifications(first: 40) { edges { node { id snowflake type status { snowflake } } } }
  }
`);

export const XReblog = graphql(`
  mutation XReblog($id: ID!) {
    reblog(id: $id) {
      __typename
      ... on MutationReblogSuccess { data { snowflake reblog { snowflake } } }
      ... on Error { code message }
    }
  }
`);

export const XBlock = graphql(`
  mutation XBlock($accountId: ID!) {
    block(accountId: $accountId) { __typename ... on Error { code message } }
  }
`);

export const XMute = graphql(`
  mutation XMute($accountId: ID!) {
    mute(accountId: $accountId) { __typename ... on Error { code message } }
  }
`);

export const XUnfollow = graphql(`
  mutation XUnfollow($accountId: ID!) {
    unfollow(accountId: $accountId) { __typename ... on Error { code message } }
  }
`);

export const XNotificationNode = graphql(`
  query XNotificationNode($id: ID!) {
    node(id: $id) { __typename ... on Notification { type status { snowflake } } }
  }
`);

export const XThread = graphql(`
  query XThread($id: ID!) {
    status(id: $id) { snowflake inReplyTo { snowflake } context { ancestors { snowflake } descendants { snowflake } } }
  }
`);
