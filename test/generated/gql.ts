/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment StatusFields on Status {\n    id\n    snowflake\n    content\n    text\n    spoilerText\n    visibility\n    sensitive\n    language\n    createdAt\n    editedAt\n    repliesCount\n    reblogsCount\n    favouritesCount\n    favourited\n    reblogged\n    bookmarked\n    pinned\n    inReplyToAccountId\n    account { id snowflake username handle }\n    reblog { id snowflake content account { username } }\n    mentions { username }\n    tags { name }\n  }\n": typeof types.StatusFieldsFragmentDoc,
    "\n  mutation Register($username: String!, $email: String!, $password: String!, $displayName: String) {\n    register(username: $username, email: $email, password: $password, displayName: $displayName) {\n      __typename\n      ... on MutationRegisterSuccess { data { token account { id snowflake username handle } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      __typename\n      ... on MutationLoginSuccess { data { token account { id username } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout { __typename ... on MutationLogoutSuccess { data } ... on Error { message code } }\n  }\n": typeof types.LogoutDocument,
    "\n  query Viewer { viewer { id username displayName note noteSource locked bot discoverable fields { name value valueHtml } statusesCount followersCount followingCount } }\n": typeof types.ViewerDocument,
    "\n  mutation CreateStatus($text: String!, $visibility: Visibility, $spoilerText: String, $inReplyToId: ID, $sensitive: Boolean, $language: String) {\n    createStatus(text: $text, visibility: $visibility, spoilerText: $spoilerText, inReplyToId: $inReplyToId, sensitive: $sensitive, language: $language) {\n      __typename\n      ... on MutationCreateStatusSuccess { data { ...StatusFields } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.CreateStatusDocument,
    "\n  query HomeTimeline($first: Int, $after: String, $last: Int, $before: String) {\n    homeTimeline(first: $first, after: $after, last: $last, before: $before) {\n      edges { cursor node { ...StatusFields } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.HomeTimelineDocument,
    "\n  query PublicTimeline($local: Boolean, $first: Int, $after: String) {\n    publicTimeline(local: $local, first: $first, after: $after) {\n      edges { cursor node { id snowflake content visibility account { username } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.PublicTimelineDocument,
    "\n  query HashtagTimeline($tag: String!, $first: Int) {\n    hashtagTimeline(tag: $tag, first: $first) { edges { node { id snowflake content tags { name } } } }\n  }\n": typeof types.HashtagTimelineDocument,
    "\n  query AccountStatuses($accountId: ID!, $first: Int, $excludeReplies: Boolean, $excludeReblogs: Boolean, $pinned: Boolean) {\n    accountStatuses(accountId: $accountId, first: $first, excludeReplies: $excludeReplies, excludeReblogs: $excludeReblogs, pinned: $pinned) {\n      edges { node { id snowflake content visibility reblog { snowflake } } }\n    }\n  }\n": typeof types.AccountStatusesDocument,
    "\n  query StatusById($id: ID!) {\n    status(id: $id) {\n      ...StatusFields\n      edits { content spoilerText createdAt }\n      context { ancestors { snowflake } descendants { snowflake } }\n    }\n  }\n": typeof types.StatusByIdDocument,
    "\n  mutation Follow($accountId: ID!, $reblogs: Boolean, $notify: Boolean) {\n    follow(accountId: $accountId, reblogs: $reblogs, notify: $notify) {\n      __typename\n      ... on MutationFollowSuccess { data { id followersCount relationship { following requested showingReblogs notifying } } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.FollowDocument,
    "\n  query Notifications($first: Int, $types: [NotificationType!]) {\n    notifications(first: $first, types: $types) {\n      edges { node { id snowflake type read account { username } status { snowflake } } }\n    }\n    unreadNotificationsCount\n  }\n": typeof types.NotificationsDocument,
    "\n  subscription SubscribeHome {\n    homeTimeline { kind statusId status { snowflake content visibility account { username } reblog { snowflake } } }\n  }\n": typeof types.SubscribeHomeDocument,
    "\n  subscription SubscribePublic($local: Boolean) {\n    publicTimeline(local: $local) { kind statusId status { snowflake content } }\n  }\n": typeof types.SubscribePublicDocument,
    "\n  subscription SubscribeHashtag($tag: String!) {\n    hashtagTimeline(tag: $tag) { kind statusId status { snowflake } }\n  }\n": typeof types.SubscribeHashtagDocument,
    "\n  subscription SubscribeNotifications {\n    notifications { snowflake type account { username } status { snowflake } }\n  }\n": typeof types.SubscribeNotificationsDocument,
};
const documents: Documents = {
    "\n  fragment StatusFields on Status {\n    id\n    snowflake\n    content\n    text\n    spoilerText\n    visibility\n    sensitive\n    language\n    createdAt\n    editedAt\n    repliesCount\n    reblogsCount\n    favouritesCount\n    favourited\n    reblogged\n    bookmarked\n    pinned\n    inReplyToAccountId\n    account { id snowflake username handle }\n    reblog { id snowflake content account { username } }\n    mentions { username }\n    tags { name }\n  }\n": types.StatusFieldsFragmentDoc,
    "\n  mutation Register($username: String!, $email: String!, $password: String!, $displayName: String) {\n    register(username: $username, email: $email, password: $password, displayName: $displayName) {\n      __typename\n      ... on MutationRegisterSuccess { data { token account { id snowflake username handle } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      __typename\n      ... on MutationLoginSuccess { data { token account { id username } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout { __typename ... on MutationLogoutSuccess { data } ... on Error { message code } }\n  }\n": types.LogoutDocument,
    "\n  query Viewer { viewer { id username displayName note noteSource locked bot discoverable fields { name value valueHtml } statusesCount followersCount followingCount } }\n": types.ViewerDocument,
    "\n  mutation CreateStatus($text: String!, $visibility: Visibility, $spoilerText: String, $inReplyToId: ID, $sensitive: Boolean, $language: String) {\n    createStatus(text: $text, visibility: $visibility, spoilerText: $spoilerText, inReplyToId: $inReplyToId, sensitive: $sensitive, language: $language) {\n      __typename\n      ... on MutationCreateStatusSuccess { data { ...StatusFields } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.CreateStatusDocument,
    "\n  query HomeTimeline($first: Int, $after: String, $last: Int, $before: String) {\n    homeTimeline(first: $first, after: $after, last: $last, before: $before) {\n      edges { cursor node { ...StatusFields } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.HomeTimelineDocument,
    "\n  query PublicTimeline($local: Boolean, $first: Int, $after: String) {\n    publicTimeline(local: $local, first: $first, after: $after) {\n      edges { cursor node { id snowflake content visibility account { username } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.PublicTimelineDocument,
    "\n  query HashtagTimeline($tag: String!, $first: Int) {\n    hashtagTimeline(tag: $tag, first: $first) { edges { node { id snowflake content tags { name } } } }\n  }\n": types.HashtagTimelineDocument,
    "\n  query AccountStatuses($accountId: ID!, $first: Int, $excludeReplies: Boolean, $excludeReblogs: Boolean, $pinned: Boolean) {\n    accountStatuses(accountId: $accountId, first: $first, excludeReplies: $excludeReplies, excludeReblogs: $excludeReblogs, pinned: $pinned) {\n      edges { node { id snowflake content visibility reblog { snowflake } } }\n    }\n  }\n": types.AccountStatusesDocument,
    "\n  query StatusById($id: ID!) {\n    status(id: $id) {\n      ...StatusFields\n      edits { content spoilerText createdAt }\n      context { ancestors { snowflake } descendants { snowflake } }\n    }\n  }\n": types.StatusByIdDocument,
    "\n  mutation Follow($accountId: ID!, $reblogs: Boolean, $notify: Boolean) {\n    follow(accountId: $accountId, reblogs: $reblogs, notify: $notify) {\n      __typename\n      ... on MutationFollowSuccess { data { id followersCount relationship { following requested showingReblogs notifying } } }\n      ... on Error { message code }\n    }\n  }\n": types.FollowDocument,
    "\n  query Notifications($first: Int, $types: [NotificationType!]) {\n    notifications(first: $first, types: $types) {\n      edges { node { id snowflake type read account { username } status { snowflake } } }\n    }\n    unreadNotificationsCount\n  }\n": types.NotificationsDocument,
    "\n  subscription SubscribeHome {\n    homeTimeline { kind statusId status { snowflake content visibility account { username } reblog { snowflake } } }\n  }\n": types.SubscribeHomeDocument,
    "\n  subscription SubscribePublic($local: Boolean) {\n    publicTimeline(local: $local) { kind statusId status { snowflake content } }\n  }\n": types.SubscribePublicDocument,
    "\n  subscription SubscribeHashtag($tag: String!) {\n    hashtagTimeline(tag: $tag) { kind statusId status { snowflake } }\n  }\n": types.SubscribeHashtagDocument,
    "\n  subscription SubscribeNotifications {\n    notifications { snowflake type account { username } status { snowflake } }\n  }\n": types.SubscribeNotificationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatusFields on Status {\n    id\n    snowflake\n    content\n    text\n    spoilerText\n    visibility\n    sensitive\n    language\n    createdAt\n    editedAt\n    repliesCount\n    reblogsCount\n    favouritesCount\n    favourited\n    reblogged\n    bookmarked\n    pinned\n    inReplyToAccountId\n    account { id snowflake username handle }\n    reblog { id snowflake content account { username } }\n    mentions { username }\n    tags { name }\n  }\n"): (typeof documents)["\n  fragment StatusFields on Status {\n    id\n    snowflake\n    content\n    text\n    spoilerText\n    visibility\n    sensitive\n    language\n    createdAt\n    editedAt\n    repliesCount\n    reblogsCount\n    favouritesCount\n    favourited\n    reblogged\n    bookmarked\n    pinned\n    inReplyToAccountId\n    account { id snowflake username handle }\n    reblog { id snowflake content account { username } }\n    mentions { username }\n    tags { name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($username: String!, $email: String!, $password: String!, $displayName: String) {\n    register(username: $username, email: $email, password: $password, displayName: $displayName) {\n      __typename\n      ... on MutationRegisterSuccess { data { token account { id snowflake username handle } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($username: String!, $email: String!, $password: String!, $displayName: String) {\n    register(username: $username, email: $email, password: $password, displayName: $displayName) {\n      __typename\n      ... on MutationRegisterSuccess { data { token account { id snowflake username handle } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      __typename\n      ... on MutationLoginSuccess { data { token account { id username } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      __typename\n      ... on MutationLoginSuccess { data { token account { id username } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout { __typename ... on MutationLogoutSuccess { data } ... on Error { message code } }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout { __typename ... on MutationLogoutSuccess { data } ... on Error { message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer { viewer { id username displayName note noteSource locked bot discoverable fields { name value valueHtml } statusesCount followersCount followingCount } }\n"): (typeof documents)["\n  query Viewer { viewer { id username displayName note noteSource locked bot discoverable fields { name value valueHtml } statusesCount followersCount followingCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStatus($text: String!, $visibility: Visibility, $spoilerText: String, $inReplyToId: ID, $sensitive: Boolean, $language: String) {\n    createStatus(text: $text, visibility: $visibility, spoilerText: $spoilerText, inReplyToId: $inReplyToId, sensitive: $sensitive, language: $language) {\n      __typename\n      ... on MutationCreateStatusSuccess { data { ...StatusFields } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStatus($text: String!, $visibility: Visibility, $spoilerText: String, $inReplyToId: ID, $sensitive: Boolean, $language: String) {\n    createStatus(text: $text, visibility: $visibility, spoilerText: $spoilerText, inReplyToId: $inReplyToId, sensitive: $sensitive, language: $language) {\n      __typename\n      ... on MutationCreateStatusSuccess { data { ...StatusFields } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeTimeline($first: Int, $after: String, $last: Int, $before: String) {\n    homeTimeline(first: $first, after: $after, last: $last, before: $before) {\n      edges { cursor node { ...StatusFields } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query HomeTimeline($first: Int, $after: String, $last: Int, $before: String) {\n    homeTimeline(first: $first, after: $after, last: $last, before: $before) {\n      edges { cursor node { ...StatusFields } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicTimeline($local: Boolean, $first: Int, $after: String) {\n    publicTimeline(local: $local, first: $first, after: $after) {\n      edges { cursor node { id snowflake content visibility account { username } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query PublicTimeline($local: Boolean, $first: Int, $after: String) {\n    publicTimeline(local: $local, first: $first, after: $after) {\n      edges { cursor node { id snowflake content visibility account { username } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HashtagTimeline($tag: String!, $first: Int) {\n    hashtagTimeline(tag: $tag, first: $first) { edges { node { id snowflake content tags { name } } } }\n  }\n"): (typeof documents)["\n  query HashtagTimeline($tag: String!, $first: Int) {\n    hashtagTimeline(tag: $tag, first: $first) { edges { node { id snowflake content tags { name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountStatuses($accountId: ID!, $first: Int, $excludeReplies: Boolean, $excludeReblogs: Boolean, $pinned: Boolean) {\n    accountStatuses(accountId: $accountId, first: $first, excludeReplies: $excludeReplies, excludeReblogs: $excludeReblogs, pinned: $pinned) {\n      edges { node { id snowflake content visibility reblog { snowflake } } }\n    }\n  }\n"): (typeof documents)["\n  query AccountStatuses($accountId: ID!, $first: Int, $excludeReplies: Boolean, $excludeReblogs: Boolean, $pinned: Boolean) {\n    accountStatuses(accountId: $accountId, first: $first, excludeReplies: $excludeReplies, excludeReblogs: $excludeReblogs, pinned: $pinned) {\n      edges { node { id snowflake content visibility reblog { snowflake } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusById($id: ID!) {\n    status(id: $id) {\n      ...StatusFields\n      edits { content spoilerText createdAt }\n      context { ancestors { snowflake } descendants { snowflake } }\n    }\n  }\n"): (typeof documents)["\n  query StatusById($id: ID!) {\n    status(id: $id) {\n      ...StatusFields\n      edits { content spoilerText createdAt }\n      context { ancestors { snowflake } descendants { snowflake } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Follow($accountId: ID!, $reblogs: Boolean, $notify: Boolean) {\n    follow(accountId: $accountId, reblogs: $reblogs, notify: $notify) {\n      __typename\n      ... on MutationFollowSuccess { data { id followersCount relationship { following requested showingReblogs notifying } } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation Follow($accountId: ID!, $reblogs: Boolean, $notify: Boolean) {\n    follow(accountId: $accountId, reblogs: $reblogs, notify: $notify) {\n      __typename\n      ... on MutationFollowSuccess { data { id followersCount relationship { following requested showingReblogs notifying } } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $types: [NotificationType!]) {\n    notifications(first: $first, types: $types) {\n      edges { node { id snowflake type read account { username } status { snowflake } } }\n    }\n    unreadNotificationsCount\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $types: [NotificationType!]) {\n    notifications(first: $first, types: $types) {\n      edges { node { id snowflake type read account { username } status { snowflake } } }\n    }\n    unreadNotificationsCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubscribeHome {\n    homeTimeline { kind statusId status { snowflake content visibility account { username } reblog { snowflake } } }\n  }\n"): (typeof documents)["\n  subscription SubscribeHome {\n    homeTimeline { kind statusId status { snowflake content visibility account { username } reblog { snowflake } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubscribePublic($local: Boolean) {\n    publicTimeline(local: $local) { kind statusId status { snowflake content } }\n  }\n"): (typeof documents)["\n  subscription SubscribePublic($local: Boolean) {\n    publicTimeline(local: $local) { kind statusId status { snowflake content } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubscribeHashtag($tag: String!) {\n    hashtagTimeline(tag: $tag) { kind statusId status { snowflake } }\n  }\n"): (typeof documents)["\n  subscription SubscribeHashtag($tag: String!) {\n    hashtagTimeline(tag: $tag) { kind statusId status { snowflake } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubscribeNotifications {\n    notifications { snowflake type account { username } status { snowflake } }\n  }\n"): (typeof documents)["\n  subscription SubscribeNotifications {\n    notifications { snowflake type account { username } status { snowflake } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;