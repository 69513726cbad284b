// Typed documents for the mutation tests (test/graphql/mutations-*.test.ts).
// Every operation and fragment name starts with M so it cannot clash with documents.ts.
import { graphql } from "../generated/gql.js";

export const MStatusBits = graphql(`
  fragment MStatusBits on Status {
    id
    snowflake
    text
    content
    spoilerText
    sensitive
    language
    visibility
    editedAt
    repliesCount
    reblogsCount
    favouritesCount
    favourited
    reblogged
    bookmarked
    pinned
    account { id username statusesCount }
    reblog { id snowflake reblogsCount favouritesCount }
  }
`);

export const MAccountBits = graphql(`
  fragment MAccountBits on Account {
    id
    snowflake
    username
    displayName
    locked
    followersCount
    followingCount
    statusesCount
    relationship {
      following
      showingReblogs
      notifying
      followedBy
      requested
      requestedBy
      blocking
      blockedBy
      muting
      mutingNotifications
    }
  }
`);

// ---- accounts -------------------------------------------------------------------

export const MRegister = graphql(`
  mutation MRegister($username: String!, $email: String!, $password: String!, $displayName: String) {
    register(username: $username, email: $email, password: $password, displayName: $displayName) {
      __typename
      ... on MutationRegisterSuccess { data { token account { id username displayName } } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MLogin = graphql(`
  mutation MLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      __typename
      ... on MutationLoginSuccess { data { token account { id username } } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MLogout = graphql(`
  mutation MLogout {
    logout {
      __typename
      ... on MutationLogoutSuccess { data }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MUpdateProfile = graphql(`
  mutation MUpdateProfile(
    $displayName: String
    $note: String
    $fields: [ProfileFieldInput!]
    $locked: Boolean
    $bot: Boolean
    $discoverable: Boolean
  ) {
    updateProfile(displayName: $displayName, note: $note, fields: $fields, locked: $locked, bot: $bot, discoverable: $discoverable) {
      __typename
      ... on MutationUpdateProfileSuccess {
        data { id displayName note noteSource locked bot discoverable fields { name value valueHtml } }
      }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MViewer = graphql(`
  query MViewer { viewer { id username displayName locked bot discoverable noteSource } }
`);

// ---- statuses -------------------------------------------------------------------

export const MCreateStatus = graphql(`
  mutation MCreateStatus($text: String!, $visibility: Visibility, $spoilerText: String, $inReplyToId: ID, $sensitive: Boolean, $language: String) {
    createStatus(text: $text, visibility: $visibility, spoilerText: $spoilerText, inReplyToId: $inReplyToId, sensitive: $sensitive, language: $language) {
      __typename
      ... on MutationCreateStatusSuccess { data { ...MStatusBits } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MEditStatus = graphql(`
  mutation MEditStatus($id: ID!, $text: String!, $spoilerText: String, $sensitive: Boolean, $language: String) {
    editStatus(id: $id, text: $text, spoilerText: $spoilerText, sensitive: $sensitive, language: $language) {
      __typename
      ... on MutationEditStatusSuccess { data { ...MStatusBits edits { content spoilerText sensitive } } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MDeleteStatus = graphql(`
  mutation MDeleteStatus($id: ID!) {
    deleteStatus(id: $id) {
      __typename
      ... on MutationDeleteStatusSuccess { data { id snowflake text spoilerText } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MReblog = graphql(`
  mutation MReblog($id: ID!) {
    reblog(id: $id) {
      __typename
      ... on MutationReblogSuccess { data { ...MStatusBits } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MUnreblog = graphql(`
  mutation MUnreblog($id: ID!) {
    unreblog(id: $id) {
      __typename
      ... on MutationUnreblogSuccess { data { ...MStatusBits } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MFavourite = graphql(`
  mutation MFavourite($id: ID!) {
    favourite(id: $id) {
      __typename
      ... on MutationFavouriteSuccess { data { ...MStatusBits } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MUnfavourite = graphql(`
  mutation MUnfavourite($id: ID!) {
    unfavourite(id: $id) {
      __typename
      ... on MutationUnfavouriteSuccess { data { ...MStatusBits } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MBookmark = graphql(`
  mutation MBookmark($id: ID!) {
    bookmark(id: $id) {
      __typename
      ... on MutationBookmarkSuccess { data { ...MStatusBits } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MUnbookmark = graphql(`
  mutation MUnbookmark($id: ID!) {
    unbookmark(id: $id) {
      __typename
      ... on MutationUnbookmarkSuccess { data { ...MStatusBits } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MPin = graphql(`
  mutation MPin($id: ID!) {
    pin(id: $id) {
      __typename
      ... on MutationPinSuccess { data { ...MStatusBits } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MUnpin = graphql(`
  mutation MUnpin($id: ID!) {
    unpin(id: $id) {
      __typename
      ... on MutationUnpinSuccess { data { ...MStatusBits } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MStatus = graphql(`
  query MStatus($id: ID!) {
    status(id: $id) { ...MStatusBits edits { content spoilerText sensitive } }
  }
`);

export const MBookmarks = graphql(`
  query MBookmarks { bookmarks(first: 20) { edges { node { snowflake } } } }
`);

export const MPinned = graphql(`
  query MPinned($accountId: ID!) {
    accountStatuses(accountId: $accountId, pinned: true, first: 20) { edges { node { snowflake } } }
  }
`);

// ---- relationships --------------------------------------------------------------

export const MFollow = graphql(`
  mutation MFollow($accountId: ID!, $reblogs: Boolean, $notify: Boolean) {
    follow(accountId: $accountId, reblogs: $reblogs, notify: $notify) {
      __typename
      ... on MutationFollowSuccess { data { ...MAccountBits } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MUnfollow = graphql(`
  mutation MUnfollow($accountId: ID!) {
    unfollow(accountId: $accountId) {
      __typename
      ... on MutationUnfollowSuccess { data { ...MAccountBits } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MAuthorizeFollowRequest = graphql(`
  mutation MAuthorizeFollowRequest($accountId: ID!) {
    authorizeFollowRequest(accountId: $accountId) {
      __typename
      ... on MutationAuthorizeFollowRequestSuccess { data { ...MAccountBits } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MRejectFollowRequest = graphql(`
  mutation MRejectFollowRequest($accountId: ID!) {
    rejectFollowRequest(accountId: $accountId) {
      __typename
      ... on MutationRejectFollowRequestSuccess { data { ...MAccountBits } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MBlock = graphql(`
  mutation MBlock($accountId: ID!) {
    block(accountId: $accountId) {
      __typename
      ... on MutationBlockSuccess { data { ...MAccountBits } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MUnblock = graphql(`
  mutation MUnblock($accountId: ID!) {
    unblock(accountId: $accountId) {
      __typename
      ... on MutationUnblockSuccess { data { ...MAccountBits } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MMute = graphql(`
  mutation MMute($accountId: ID!, $notifications: Boolean, $duration: Int) {
    mute(accountId: $accountId, notifications: $notifications, duration: $duration) {
      __typename
      ... on MutationMuteSuccess { data { ...MAccountBits } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MUnmute = graphql(`
  mutation MUnmute($accountId: ID!) {
    unmute(accountId: $accountId) {
      __typename
      ... on MutationUnmuteSuccess { data { ...MAccountBits } }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MMarkNotificationsRead = graphql(`
  mutation MMarkNotificationsRead($upToId: ID) {
    markNotificationsRead(upToId: $upToId) {
      __typename
      ... on MutationMarkNotificationsReadSuccess { data }
      ... on Error { message code }
      ... on ValidationError { field }
    }
  }
`);

export const MAccount = graphql(`
  query MAccount($id: ID!) { account(id: $id) { ...MAccountBits } }
`);

export const MNotifications = graphql(`
  query MNotifications($first: Int) {
    notifications(first: $first) { edges { node { id snowflake type read account { username } } } }
    unreadNotificationsCount
  }
`);
