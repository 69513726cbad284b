// Typed GraphQL documents shared by the tests (compiled by `npm run codegen`).
import { graphql } from "../generated/gql.js";

export const StatusFields = graphql(`
  fragment StatusFields on Status {
    id
    snowflake
    content
    text
    spoilerText
    visibility
    sensitive
    language
    createdAt
    editedAt
    repliesCount
    reblogsCount
    favouritesCount
    favourited
    reblogged
    bookmarked
    pinned
    inReplyToAccountId
    account { id snowflake username handle }
    reblog { id snowflake content account { username } }
    mentions { username }
    tags { name }
  }
`);

export const Register = graphql(`
  mutation Register($username: String!, $email: String!, $password: String!, $displayName: String) {
    register(username: $username, email: $email, password: $password, displayName: $displayName) {
      __typename
      ... on MutationRegisterSuccess { data { token account { id snowflake username handle } } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const Login = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      __typename
      ... on MutationLoginSuccess { data { token account { id username } } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const Logout = graphql(`
  mutation Logout {
    logout { __typename ... on MutationLogoutSuccess { data } ... on Error { message code } }
  }
`);

export const Viewer = graphql(`
  query Viewer { viewer { id username displayName note noteSource locked bot discoverable fields { name value valueHtml } statusesCount followersCount followingCount } }
`);

export const CreateStatus = graphql(`
  mutation CreateStatus($text: String!, $visibility: Visibility, $spoilerText: String, $inReplyToId: ID, $sensitive: Boolean, $language: String) {
    createStatus(text: $text, visibility: $visibility, spoilerText: $spoilerText, inReplyToId: $inReplyToId, sensitive: $sensitive, language: $language) {
      __typename
      ... on MutationCreateStatusSuccess { data { ...StatusFields } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const HomeTimeline = graphql(`
  query HomeTimeline($first: Int, $after: String, $last: Int, $before: String) {
    homeTimeline(first: $first, after: $after, last: $last, before: $before) {
      edges { cursor node { ...StatusFields } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

export const PublicTimeline = graphql(`
  query PublicTimeline($local: Boolean, $first: Int, $after: String) {
    publicTimeline(local: $local, first: $first, after: $after) {
      edges { cursor node { id snowflake content visibility account { username } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const HashtagTimeline = graphql(`
  query HashtagTimeline($tag: String!, $first: Int) {
    hashtagTimeline(tag: $tag, first: $first) { edges { node { id snowflake content tags { name } } } }
  }
`);

export const AccountStatuses = graphql(`
  query AccountStatuses($accountId: ID!, $first: Int, $excludeReplies: Boolean, $excludeReblogs: Boolean, $pinned: Boolean) {
    accountStatuses(accountId: $accountId, first: $first, excludeReplies: $excludeReplies, excludeReblogs: $excludeReblogs, pinned: $pinned) {
      edges { node { id snowflake content visibility reblog { snowflake } } }
    }
  }
`);

export const StatusById = graphql(`
  query StatusById($id: ID!) {
    status(id: $id) {
      ...StatusFields
      edits { content spoilerText createdAt }
      context { ancestors { snowflake } descendants { snowflake } }
    }
  }
`);

export const Follow = graphql(`
  mutation Follow($accountId: ID!, $reblogs: Boolean, $notify: Boolean) {
    follow(accountId: $accountId, reblogs: $reblogs, notify: $notify) {
      __typename
      ... on MutationFollowSuccess { data { id followersCount relationship { following requested showingReblogs notifying } } }
      ... on Error { message code }
    }
  }
`);


export const Notifications = graphql(`
  query Notifications($first: Int, $types: [NotificationType!]) {
    notifications(first: $first, types: $types) {
      edges { node { id snowflake type read account { username } status { snowflake } } }
    }
    unreadNotificationsCount
  }
`);

export const SubscribeHome = graphql(`
  subscription SubscribeHome {
    homeTimeline { kind statusId status { snowflake content visibility account { username } reblog { snowflake } } }
  }
`);

export const SubscribePublic = graphql(`
  subscription SubscribePublic($local: Boolean) {
    publicTimeline(local: $local) { kind statusId status { snowflake content } }
  }
`);

export const SubscribeHashtag = graphql(`
  subscription SubscribeHashtag($tag: String!) {
    hashtagTimeline(tag: $tag) { kind statusId status { snowflake } }
  }
`);

export const SubscribeNotifications = graphql(`
  subscription SubscribeNotifications {
    notifications { snowflake type account { username } status { snowflake } }
  }
`);
