/* eslint-disable */
import * as types from './graphql.js';
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
    "\n  mutation Move($handle: String!) {\n    moveAccount(handle: $handle) {\n      __typename\n      ... on MutationMoveAccountSuccess { data { movedTo { acct } } }\n      ... on Error { message }\n    }\n  }\n": typeof types.MoveDocument,
    "\n  mutation Alias($handle: String!) {\n    addAccountAlias(handle: $handle) {\n      __typename\n      ... on MutationAddAccountAliasSuccess { data { alsoKnownAs } }\n      ... on Error { message }\n    }\n  }\n": typeof types.AliasDocument,
    "query VisHome { homeTimeline(first: 40) { edges { node { uri } } } }": typeof types.VisHomeDocument,
    "query VisStatus($id: ID!) { status(id: $id) { uri visibility } }": typeof types.VisStatusDocument,
    "query AdmAccount($id: ID!) { account(id: $id) { id } }": typeof types.AdmAccountDocument,
    "query AdmSearch($q: String!) { search(query: $q) { accounts { snowflake } statuses { snowflake } } }": typeof types.AdmSearchDocument,
    "query AdmSensitive($id: ID!) { status(id: $id) { sensitive } }": typeof types.AdmSensitiveDocument,
    "query AdmList { adminAccounts(first: 5) { edges { node { id } } } }": typeof types.AdmListDocument,
    "\n  mutation AdmVerbs($id: ID!) {\n    approveAccount(accountId: $id) { __typename ... on Error { code } }\n    rejectAccount(accountId: $id) { __typename ... on Error { code } }\n    enableAccount(accountId: $id) { __typename ... on Error { code } }\n    unsilenceAccount(accountId: $id) { __typename ... on Error { code } }\n    unsensitizeAccount(accountId: $id) { __typename ... on Error { code } }\n    deleteAccountData(accountId: $id) { __typename ... on Error { code } }\n  }\n": typeof types.AdmVerbsDocument,
    "query AdmWarm { homeTimeline(first: 1) { edges { cursor } } }": typeof types.AdmWarmDocument,
    "query AdmWarm2 { homeTimeline(first: 1) { edges { cursor } } }": typeof types.AdmWarm2Document,
    "\n  mutation CliApply($username: String!, $email: String!, $password: String!, $reason: String) {\n    register(username: $username, email: $email, password: $password, reason: $reason) {\n      __typename\n      ... on MutationRegisterSuccess { data { approvalPending } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CliApplyDocument,
    "query DomStatus($id: ID!) { status(id: $id) { id } }": typeof types.DomStatusDocument,
    "query DomPublic { publicTimeline(first: 40) { edges { node { uri } } } }": typeof types.DomPublicDocument,
    "\n  query DomAdminBlocks($first: Int, $after: String) {\n    adminDomainBlocks(first: $first, after: $after) { edges { node { id domain severity rejectMedia obfuscate publicComment } } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.DomAdminBlocksDocument,
    "query DomAdminBlock($id: ID!) { adminDomainBlock(id: $id) { id domain digest severity privateComment } }": typeof types.DomAdminBlockDocument,
    "query DomAdminAllows { adminDomainAllows(first: 10) { edges { node { id domain } } } }": typeof types.DomAdminAllowsDocument,
    "query DomAdminAllow($id: ID!) { adminDomainAllow(id: $id) { id domain } }": typeof types.DomAdminAllowDocument,
    "\n  mutation DomCreateBlock($domain: String!, $severity: DomainBlockSeverity, $obfuscate: Boolean, $publicComment: String) {\n    createDomainBlock(domain: $domain, severity: $severity, obfuscate: $obfuscate, publicComment: $publicComment) {\n      __typename\n      ... on MutationCreateDomainBlockSuccess { data { id domain severity obfuscate publicComment } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.DomCreateBlockDocument,
    "\n  mutation DomUpdateBlock($id: ID!, $severity: DomainBlockSeverity, $rejectReports: Boolean) {\n    updateDomainBlock(id: $id, severity: $severity, rejectReports: $rejectReports) {\n      __typename ... on MutationUpdateDomainBlockSuccess { data { id severity rejectReports } } ... on Error { message code }\n    }\n  }\n": typeof types.DomUpdateBlockDocument,
    "\n  mutation DomDeleteBlock($id: ID!) { deleteDomainBlock(id: $id) { __typename ... on MutationDeleteDomainBlockSuccess { data { domain } } ... on Error { code } } }\n": typeof types.DomDeleteBlockDocument,
    "\n  mutation DomCreateAllow($domain: String!) { createDomainAllow(domain: $domain) { __typename ... on MutationCreateDomainAllowSuccess { data { id domain } } ... on Error { code } } }\n": typeof types.DomCreateAllowDocument,
    "\n  mutation DomDeleteAllow($id: ID!) { deleteDomainAllow(id: $id) { __typename ... on MutationDeleteDomainAllowSuccess { data { domain } } ... on Error { code } } }\n": typeof types.DomDeleteAllowDocument,
    "query DomPublished { domainBlocks { domain digest severity comment } }": typeof types.DomPublishedDocument,
    "\n  mutation MailRegister($username: String!, $email: String!, $password: String!, $reason: String) {\n    register(username: $username, email: $email, password: $password, reason: $reason) {\n      __typename\n      ... on MutationRegisterSuccess { data { token approvalPending confirmationPending account { id snowflake username } } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.MailRegisterDocument,
    "\n  mutation MailConfirm($token: String!) {\n    confirmEmail(token: $token) { __typename ... on MutationConfirmEmailSuccess { data } ... on Error { message code } }\n  }\n": typeof types.MailConfirmDocument,
    "\n  mutation MailResend($email: String!) {\n    resendConfirmation(email: $email) { __typename ... on MutationResendConfirmationSuccess { data } ... on Error { message code } }\n  }\n": typeof types.MailResendDocument,
    "\n  query AdmReports($resolved: Boolean, $targetAccountId: ID) {\n    adminReports(first: 20, resolved: $resolved, targetAccountId: $targetAccountId) {\n      edges {\n        node {\n          id category comment actionTaken\n          account { username } targetAccount { username suspended } assignedAccount { username } actionTakenByAccount { username }\n          statuses { snowflake content } rules { id text }\n        }\n      }\n      pageInfo { hasNextPage }\n    }\n  }\n": typeof types.AdmReportsDocument,
    "query AdmReport($id: ID!) { adminReport(id: $id) { id actionTaken assignedAccount { username } } }": typeof types.AdmReportDocument,
    "\n  mutation AdmReportVerbs($id: ID!) {\n    assignReport(reportId: $id) { __typename ... on Error { code } }\n    unassignReport(reportId: $id) { __typename ... on Error { code } }\n    resolveReport(reportId: $id) { __typename ... on Error { code } }\n    reopenReport(reportId: $id) { __typename ... on Error { code } }\n    updateReport(reportId: $id, category: \"other\") { __typename ... on Error { code } }\n  }\n": typeof types.AdmReportVerbsDocument,
    "\n  mutation AdmAssign($id: ID!) {\n    assignReport(reportId: $id) { __typename ... on MutationAssignReportSuccess { data { id assignedAccount { username } } } ... on Error { code } }\n  }\n": typeof types.AdmAssignDocument,
    "\n  mutation SignUp($username: String!, $email: String!, $password: String!, $reason: String, $inviteCode: String, $agreement: Boolean) {\n    register(username: $username, email: $email, password: $password, reason: $reason, inviteCode: $inviteCode, agreement: $agreement) {\n      __typename\n      ... on MutationRegisterSuccess { data { token approvalPending account { id snowflake username } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  fragment InviteFields on Invite { id code url maxUses uses remainingUses expiresAt autofollow comment revokedAt usable }\n": typeof types.InviteFieldsFragmentDoc,
    "\n  mutation SuCreateInvite($maxUses: Int, $expiresIn: Int, $autofollow: Boolean, $comment: String) {\n    createInvite(maxUses: $maxUses, expiresIn: $expiresIn, autofollow: $autofollow, comment: $comment) {\n      __typename\n      ... on MutationCreateInviteSuccess { data { ...InviteFields } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.SuCreateInviteDocument,
    "\n  mutation SuRevokeInvite($id: ID!) {\n    revokeInvite(id: $id) { __typename ... on MutationRevokeInviteSuccess { data { ...InviteFields } } ... on Error { message code } }\n  }\n": typeof types.SuRevokeInviteDocument,
    "query SuMyInvites { myInvites { ...InviteFields } }": typeof types.SuMyInvitesDocument,
    "\n  query SuInstance { instance { domain registrationsMode approvalRequired reasonRequired invitesEnabled closingAt rules { id text hint position } } }\n": typeof types.SuInstanceDocument,
    "\n  mutation SuCreateRule($text: String!, $hint: String) {\n    createRule(text: $text, hint: $hint) { __typename ... on MutationCreateRuleSuccess { data { id text hint position } } ... on Error { message code } }\n  }\n": typeof types.SuCreateRuleDocument,
    "\n  mutation SuUpdateRule($id: ID!, $text: String, $position: Int) {\n    updateRule(id: $id, text: $text, position: $position) { __typename ... on MutationUpdateRuleSuccess { data { id text hint position } } ... on Error { message code } }\n  }\n": typeof types.SuUpdateRuleDocument,
    "\n  mutation SuDeleteRule($id: ID!) { deleteRule(id: $id) { __typename ... on MutationDeleteRuleSuccess { data { id } } ... on Error { message code } } }\n": typeof types.SuDeleteRuleDocument,
    "query SuRules { rules { id text hint } }": typeof types.SuRulesDocument,
    "\n  fragment AdminAccountBits on AdminAccount {\n    id username domain email role approved pending rejected rejectionReason disabled silenced suspended sensitized\n    account { id snowflake username }\n  }\n": typeof types.AdminAccountBitsFragmentDoc,
    "\n  mutation AdmModerateAccount($accountId: ID!, $action: ModerationAction!, $text: String, $reportId: ID, $statusIds: [ID!]) {\n    moderateAccount(accountId: $accountId, action: $action, text: $text, reportId: $reportId, statusIds: $statusIds) {\n      __typename\n      ... on MutationModerateAccountSuccess { data { ...AdminAccountBits } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.AdmModerateAccountDocument,
    "\n  mutation AdmUnsuspendAccount($accountId: ID!) {\n    unsuspendAccount(accountId: $accountId) {\n      __typename\n      ... on MutationUnsuspendAccountSuccess { data { ...AdminAccountBits } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.AdmUnsuspendAccountDocument,
    "\n  query AdmAdminAccount($id: ID!) { adminAccount(id: $id) { ...AdminAccountBits } }\n": typeof types.AdmAdminAccountDocument,
    "\n  query AdmAuditLog($action: String, $targetId: String) {\n    auditLog(first: 50, action: $action, targetId: $targetId) {\n      edges { node { action targetType targetId reason data account { username } } }\n    }\n  }\n": typeof types.AdmAuditLogDocument,
    "\n  mutation MuteThread($id: ID!) {\n    muteConversation(id: $id) {\n      __typename\n      ... on MutationMuteConversationSuccess { data { snowflake muted } }\n      ... on Error { message }\n    }\n  }\n": typeof types.MuteThreadDocument,
    "\n  mutation UnmuteThread($id: ID!) {\n    unmuteConversation(id: $id) {\n      __typename\n      ... on MutationUnmuteConversationSuccess { data { muted } }\n    }\n  }\n": typeof types.UnmuteThreadDocument,
    "\n  query Conversations { conversations { id unread lastStatus { snowflake } accounts { snowflake } } }\n": typeof types.ConversationsDocument,
    "\n  mutation MarkConversationRead($id: ID!) {\n    markConversationRead(id: $id) {\n      __typename\n      ... on MutationMarkConversationReadSuccess { data { id unread } }\n      ... on Error { message }\n    }\n  }\n": typeof types.MarkConversationReadDocument,
    "\n  mutation HideConversation($id: ID!) {\n    hideConversation(id: $id) { __typename ... on Error { message } }\n  }\n": typeof types.HideConversationDocument,
    "\n  query Discover($id: ID!) {\n    trendingTags { name }\n    trendingStatuses { snowflake }\n    node(id: $id) { ... on Account { familiarFollowers { snowflake } } }\n  }\n": typeof types.DiscoverDocument,
    "\n  fragment FilterFields on Filter {\n    id title context action expiresAt\n    keywords { id keyword wholeWord }\n    statuses { id statusId status { snowflake } }\n  }\n": typeof types.FilterFieldsFragmentDoc,
    "\n  mutation CreateFilter($title: String!, $context: [FilterContext!]!, $action: FilterAction, $expiresIn: Int, $keywords: [FilterKeywordInput!]) {\n    createFilter(title: $title, context: $context, action: $action, expiresIn: $expiresIn, keywords: $keywords) {\n      __typename\n      ... on MutationCreateFilterSuccess { data { ...FilterFields } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.CreateFilterDocument,
    "\n  mutation UpdateFilter($id: ID!, $title: String, $context: [FilterContext!], $action: FilterAction, $expiresIn: Int, $keywords: [FilterKeywordChange!]) {\n    updateFilter(id: $id, title: $title, context: $context, action: $action, expiresIn: $expiresIn, keywords: $keywords) {\n      __typename\n      ... on MutationUpdateFilterSuccess { data { ...FilterFields } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.UpdateFilterDocument,
    "\n  mutation DeleteFilter($id: ID!) {\n    deleteFilter(id: $id) { __typename ... on MutationDeleteFilterSuccess { data { id title } } ... on Error { message code } }\n  }\n": typeof types.DeleteFilterDocument,
    "\n  mutation AddFilterStatus($filterId: ID!, $statusId: ID!) {\n    addFilterStatus(filterId: $filterId, statusId: $statusId) {\n      __typename\n      ... on MutationAddFilterStatusSuccess { data { id statusId } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.AddFilterStatusDocument,
    "\n  mutation RemoveFilterStatus($id: ID!) {\n    removeFilterStatus(id: $id) { __typename ... on MutationRemoveFilterStatusSuccess { data { id } } ... on Error { message code } }\n  }\n": typeof types.RemoveFilterStatusDocument,
    "\n  query Filters { filters { ...FilterFields } }\n": typeof types.FiltersDocument,
    "\n  query OneFilter($id: ID!) { filter(id: $id) { id title } }\n": typeof types.OneFilterDocument,
    "\n  query FilteredHome($context: FilterContext) {\n    homeTimeline(first: 20) {\n      edges { node { snowflake content\n        filtered(context: $context) { keywordMatches statusMatches filter { id title action context keywords { keyword } } }\n        everywhere: filtered { filter { title } } } }\n    }\n  }\n": typeof types.FilteredHomeDocument,
    "\n  mutation GLCreateList($title: String!, $repliesPolicy: ListRepliesPolicy, $exclusive: Boolean) {\n    createList(title: $title, repliesPolicy: $repliesPolicy, exclusive: $exclusive) {\n      __typename\n      ... on MutationCreateListSuccess { data { id snowflake title repliesPolicy exclusive } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.GlCreateListDocument,
    "\n  mutation GLUpdateList($id: ID!, $title: String, $repliesPolicy: ListRepliesPolicy, $exclusive: Boolean) {\n    updateList(id: $id, title: $title, repliesPolicy: $repliesPolicy, exclusive: $exclusive) {\n      __typename\n      ... on MutationUpdateListSuccess { data { id title repliesPolicy exclusive } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.GlUpdateListDocument,
    "\n  mutation GLDeleteList($id: ID!) {\n    deleteList(id: $id) { __typename ... on MutationDeleteListSuccess { data } ... on Error { message code } ... on ValidationError { field } }\n  }\n": typeof types.GlDeleteListDocument,
    "\n  mutation GLAddAccounts($id: ID!, $accountIds: [ID!]!) {\n    addListAccounts(id: $id, accountIds: $accountIds) {\n      __typename\n      ... on MutationAddListAccountsSuccess { data { accounts(first: 10) { edges { node { snowflake } } } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.GlAddAccountsDocument,
    "\n  mutation GLRemoveAccounts($id: ID!, $accountIds: [ID!]!) {\n    removeListAccounts(id: $id, accountIds: $accountIds) {\n      __typename\n      ... on MutationRemoveListAccountsSuccess { data { accounts(first: 10) { edges { node { snowflake } } } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.GlRemoveAccountsDocument,
    "query GLLists { lists { id title } }": typeof types.GlListsDocument,
    "\n  query GLList($id: ID!, $first: Int, $after: String) {\n    list(id: $id) {\n      title\n      timeline(first: $first, after: $after) { edges { node { snowflake visibility } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": typeof types.GlListDocument,
    "query GLListNode($id: ID!) { node(id: $id) { __typename ... on List { title } } }": typeof types.GlListNodeDocument,
    "query GLAccountLists($id: ID!) { account(id: $id) { lists { title } } }": typeof types.GlAccountListsDocument,
    "\n  mutation GLFollowTag($name: String!) {\n    followTag(name: $name) {\n      __typename\n      ... on MutationFollowTagSuccess { data { name display following } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.GlFollowTagDocument,
    "\n  mutation GLUnfollowTag($name: String!) {\n    unfollowTag(name: $name) {\n      __typename\n      ... on MutationUnfollowTagSuccess { data { name following } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.GlUnfollowTagDocument,
    "\n  query GLFollowedTags($first: Int, $after: String) {\n    followedTags(first: $first, after: $after) { edges { node { name following } } pageInfo { hasNextPage endCursor } }\n    tag(name: \"#Ferns\") { name following }\n  }\n": typeof types.GlFollowedTagsDocument,
    "\n  subscription GLSubscribeList($id: ID!) { listTimeline(id: $id) { kind statusId status { snowflake visibility } } }\n": typeof types.GlSubscribeListDocument,
    "\n  mutation Upload($file: File!, $description: String, $focus: String) {\n    uploadMedia(file: $file, description: $description, focus: $focus) {\n      __typename\n      ... on MutationUploadMediaSuccess {\n        data { id type url previewUrl description blurhash focus { x y } original { width height aspect } small { width height } }\n      }\n      ... on Error { message }\n    }\n  }\n": typeof types.UploadDocument,
    "\n  mutation PostWithMedia($text: String!, $mediaIds: [ID!], $poll: PollInput) {\n    createStatus(text: $text, mediaIds: $mediaIds, poll: $poll) {\n      __typename\n      ... on MutationCreateStatusSuccess {\n        data {\n          id snowflake\n          mediaAttachments { id type url previewUrl description blurhash original { width height } }\n          poll { id expired multiple votesCount votersCount voted ownVotes options { title votesCount } }\n        }\n      }\n      ... on Error { message }\n    }\n  }\n": typeof types.PostWithMediaDocument,
    "\n  mutation Vote($id: ID!, $choices: [Int!]!) {\n    votePoll(id: $id, choices: $choices) {\n      __typename\n      ... on MutationVotePollSuccess { data { votesCount voted ownVotes options { title votesCount } } }\n      ... on Error { message }\n    }\n  }\n": typeof types.VoteDocument,
    "\n  mutation UpdateMedia($id: ID!, $description: String) {\n    updateMedia(id: $id, description: $description) {\n      __typename\n      ... on MutationUpdateMediaSuccess { data { description } }\n      ... on Error { message }\n    }\n  }\n": typeof types.UpdateMediaDocument,
    "\n  query MediaOnly($tag: String!) {\n    publicTimeline(first: 40, onlyMedia: true) { edges { node { snowflake mediaAttachments { id } } } }\n    hashtagTimeline(tag: $tag, local: true, first: 10) { edges { node { snowflake } } }\n  }\n": typeof types.MediaOnlyDocument,
    "\n  mutation PQBoost($id: ID!) { reblog(id: $id) { __typename } }\n": typeof types.PqBoostDocument,
    "\n  mutation PQFave($id: ID!) { favourite(id: $id) { __typename } }\n": typeof types.PqFaveDocument,
    "mutation RCReblog($id: ID!) { reblog(id: $id) { __typename ... on MutationReblogSuccess { data { snowflake } } } }": typeof types.RcReblogDocument,
    "mutation RCDelete($id: ID!) { deleteStatus(id: $id) { __typename } }": typeof types.RcDeleteDocument,
    "mutation RCPin($id: ID!) { pin(id: $id) { __typename ... on Error { code } } }": typeof types.RcPinDocument,
    "mutation RCEdit($id: ID!, $text: String!) { editStatus(id: $id, text: $text) { __typename } }": typeof types.RcEditDocument,
    "mutation TLReblog($id: ID!) { reblog(id: $id) { __typename ... on MutationReblogSuccess { data { snowflake } } } }": typeof types.TlReblogDocument,
    "mutation TLEdit($id: ID!, $text: String!) { editStatus(id: $id, text: $text) { __typename } }": typeof types.TlEditDocument,
    "mutation TLDelete($id: ID!) { deleteStatus(id: $id) { __typename } }": typeof types.TlDeleteDocument,
    "mutation TLFavourite($id: ID!) { favourite(id: $id) { __typename } }": typeof types.TlFavouriteDocument,
    "\n  query TLSearch($q: String!) {\n    search(query: $q) { accounts { username } hashtags { name } statuses { snowflake } }\n  }\n": typeof types.TlSearchDocument,
    "\n  subscription TLLiveFlags {\n    homeTimeline { kind status { snowflake favourited reblog { snowflake favourited } } }\n  }\n": typeof types.TlLiveFlagsDocument,
    "\n  subscription TLLivePersonal {\n    homeTimeline { kind status { snowflake text } }\n  }\n": typeof types.TlLivePersonalDocument,
    "query DbBlockedDomains($first: Int) { blockedDomains(first: $first) { edges { cursor node } pageInfo { hasNextPage } } }": typeof types.DbBlockedDomainsDocument,
    "\n  mutation DbBlockDomain($domain: String!) {\n    blockDomain(domain: $domain) { __typename ... on MutationBlockDomainSuccess { data } ... on Error { message code } ... on ValidationError { field } }\n  }\n": typeof types.DbBlockDomainDocument,
    "\n  mutation DbUnblockDomain($domain: String!) { unblockDomain(domain: $domain) { __typename ... on MutationUnblockDomainSuccess { data } ... on Error { code } } }\n": typeof types.DbUnblockDomainDocument,
    "query DbRelationship($id: ID!) { account(id: $id) { relationship { domainBlocking following followedBy } } }": typeof types.DbRelationshipDocument,
    "\n  mutation ImportFollowing($csv: String!, $mode: ImportMode) {\n    importFollowing(csv: $csv, mode: $mode) {\n      __typename\n      ... on MutationImportFollowingSuccess { data { followed unfollowed failed { address reason } } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ImportFollowingDocument,
    "query ExportData($kind: ExportKind!) { exportData(kind: $kind) }": typeof types.ExportDataDocument,
    "mutation PortAlias($handle: String!) { addAccountAlias(handle: $handle) { __typename } }": typeof types.PortAliasDocument,
    "mutation PortMove($handle: String!) { moveAccount(handle: $handle) { __typename ... on Error { message } } }": typeof types.PortMoveDocument,
    "\n  query ResolveSearch($query: String!) {\n    search(query: $query, resolve: true) { accounts { snowflake } statuses { snowflake } }\n  }\n": typeof types.ResolveSearchDocument,
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
    "\n  query XStatus($id: ID!) {\n    status(id: $id) { id snowflake visibility }\n  }\n": typeof types.XStatusDocument,
    "\n  query XNode($id: ID!) {\n    node(id: $id) { __typename id ... on Status { snowflake visibility } }\n  }\n": typeof types.XNodeDocument,
    "\n  query XViewerLists($accountId: ID!, $rootId: ID!, $tag: String!, $q: String!) {\n    accountStatuses(accountId: $accountId, first: 40) { edges { node { snowflake } } }\n    publicTimeline(first: 40) { edges { node { snowflake visibility } } }\n    hashtagTimeline(tag: $tag, first: 40) { edges { node { snowflake } } }\n    search(query: $q, limit: 40) { statuses { snowflake } }\n    status(id: $rootId) { snowflake context { descendants { snowflake } } }\n  }\n": typeof types.XViewerListsDocument,
    "\n  query XSignedInLists {\n    homeTimeline(first: 40) { edges { node { snowflake } } }\n    notifications(first: 40) { edges { node { id snowflake type status { snowflake } } } }\n  }\n": typeof types.XSignedInListsDocument,
    "\n  mutation XReblog($id: ID!) {\n    reblog(id: $id) {\n      __typename\n      ... on MutationReblogSuccess { data { snowflake reblog { snowflake } } }\n      ... on Error { code message }\n    }\n  }\n": typeof types.XReblogDocument,
    "\n  mutation XBlock($accountId: ID!) {\n    block(accountId: $accountId) { __typename ... on Error { code message } }\n  }\n": typeof types.XBlockDocument,
    "\n  mutation XMute($accountId: ID!) {\n    mute(accountId: $accountId) { __typename ... on Error { code message } }\n  }\n": typeof types.XMuteDocument,
    "\n  mutation XUnfollow($accountId: ID!) {\n    unfollow(accountId: $accountId) { __typename ... on Error { code message } }\n  }\n": typeof types.XUnfollowDocument,
    "\n  query XNotificationNode($id: ID!) {\n    node(id: $id) { __typename ... on Notification { type status { snowflake } } }\n  }\n": typeof types.XNotificationNodeDocument,
    "\n  query XThread($id: ID!) {\n    status(id: $id) { snowflake inReplyTo { snowflake } context { ancestors { snowflake } descendants { snowflake } } }\n  }\n": typeof types.XThreadDocument,
    "\n  fragment MStatusBits on Status {\n    id\n    snowflake\n    text\n    content\n    spoilerText\n    sensitive\n    language\n    visibility\n    editedAt\n    repliesCount\n    reblogsCount\n    favouritesCount\n    favourited\n    reblogged\n    bookmarked\n    pinned\n    account { id username statusesCount }\n    reblog { id snowflake reblogsCount favouritesCount }\n  }\n": typeof types.MStatusBitsFragmentDoc,
    "\n  fragment MAccountBits on Account {\n    id\n    snowflake\n    username\n    displayName\n    locked\n    followersCount\n    followingCount\n    statusesCount\n    relationship {\n      following\n      showingReblogs\n      notifying\n      followedBy\n      requested\n      requestedBy\n      blocking\n      blockedBy\n      muting\n      mutingNotifications\n    }\n  }\n": typeof types.MAccountBitsFragmentDoc,
    "\n  mutation MRegister($username: String!, $email: String!, $password: String!, $displayName: String) {\n    register(username: $username, email: $email, password: $password, displayName: $displayName) {\n      __typename\n      ... on MutationRegisterSuccess { data { token account { id username displayName } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MRegisterDocument,
    "\n  mutation MLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      __typename\n      ... on MutationLoginSuccess { data { token account { id username } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MLoginDocument,
    "\n  mutation MLogout {\n    logout {\n      __typename\n      ... on MutationLogoutSuccess { data }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MLogoutDocument,
    "\n  mutation MUpdateProfile(\n    $displayName: String\n    $note: String\n    $fields: [ProfileFieldInput!]\n    $locked: Boolean\n    $bot: Boolean\n    $discoverable: Boolean\n  ) {\n    updateProfile(displayName: $displayName, note: $note, fields: $fields, locked: $locked, bot: $bot, discoverable: $discoverable) {\n      __typename\n      ... on MutationUpdateProfileSuccess {\n        data { id displayName note noteSource locked bot discoverable fields { name value valueHtml } }\n      }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MUpdateProfileDocument,
    "\n  query MViewer { viewer { id username displayName locked bot discoverable noteSource } }\n": typeof types.MViewerDocument,
    "\n  mutation MCreateStatus($text: String!, $visibility: Visibility, $spoilerText: String, $inReplyToId: ID, $sensitive: Boolean, $language: String) {\n    createStatus(text: $text, visibility: $visibility, spoilerText: $spoilerText, inReplyToId: $inReplyToId, sensitive: $sensitive, language: $language) {\n      __typename\n      ... on MutationCreateStatusSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MCreateStatusDocument,
    "\n  mutation MEditStatus($id: ID!, $text: String!, $spoilerText: String, $sensitive: Boolean, $language: String) {\n    editStatus(id: $id, text: $text, spoilerText: $spoilerText, sensitive: $sensitive, language: $language) {\n      __typename\n      ... on MutationEditStatusSuccess { data { ...MStatusBits edits { content spoilerText sensitive } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MEditStatusDocument,
    "\n  mutation MDeleteStatus($id: ID!) {\n    deleteStatus(id: $id) {\n      __typename\n      ... on MutationDeleteStatusSuccess { data { id snowflake text spoilerText } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MDeleteStatusDocument,
    "\n  mutation MReblog($id: ID!) {\n    reblog(id: $id) {\n      __typename\n      ... on MutationReblogSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MReblogDocument,
    "\n  mutation MUnreblog($id: ID!) {\n    unreblog(id: $id) {\n      __typename\n      ... on MutationUnreblogSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MUnreblogDocument,
    "\n  mutation MFavourite($id: ID!) {\n    favourite(id: $id) {\n      __typename\n      ... on MutationFavouriteSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MFavouriteDocument,
    "\n  mutation MUnfavourite($id: ID!) {\n    unfavourite(id: $id) {\n      __typename\n      ... on MutationUnfavouriteSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MUnfavouriteDocument,
    "\n  mutation MBookmark($id: ID!) {\n    bookmark(id: $id) {\n      __typename\n      ... on MutationBookmarkSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MBookmarkDocument,
    "\n  mutation MUnbookmark($id: ID!) {\n    unbookmark(id: $id) {\n      __typename\n      ... on MutationUnbookmarkSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MUnbookmarkDocument,
    "\n  mutation MPin($id: ID!) {\n    pin(id: $id) {\n      __typename\n      ... on MutationPinSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MPinDocument,
    "\n  mutation MUnpin($id: ID!) {\n    unpin(id: $id) {\n      __typename\n      ... on MutationUnpinSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MUnpinDocument,
    "\n  query MStatus($id: ID!) {\n    status(id: $id) { ...MStatusBits edits { content spoilerText sensitive } }\n  }\n": typeof types.MStatusDocument,
    "\n  query MBookmarks { bookmarks(first: 20) { edges { node { snowflake } } } }\n": typeof types.MBookmarksDocument,
    "\n  query MPinned($accountId: ID!) {\n    accountStatuses(accountId: $accountId, pinned: true, first: 20) { edges { node { snowflake } } }\n  }\n": typeof types.MPinnedDocument,
    "\n  mutation MFollow($accountId: ID!, $reblogs: Boolean, $notify: Boolean) {\n    follow(accountId: $accountId, reblogs: $reblogs, notify: $notify) {\n      __typename\n      ... on MutationFollowSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MFollowDocument,
    "\n  mutation MUnfollow($accountId: ID!) {\n    unfollow(accountId: $accountId) {\n      __typename\n      ... on MutationUnfollowSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MUnfollowDocument,
    "\n  mutation MAuthorizeFollowRequest($accountId: ID!) {\n    authorizeFollowRequest(accountId: $accountId) {\n      __typename\n      ... on MutationAuthorizeFollowRequestSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MAuthorizeFollowRequestDocument,
    "\n  mutation MRejectFollowRequest($accountId: ID!) {\n    rejectFollowRequest(accountId: $accountId) {\n      __typename\n      ... on MutationRejectFollowRequestSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MRejectFollowRequestDocument,
    "\n  mutation MBlock($accountId: ID!) {\n    block(accountId: $accountId) {\n      __typename\n      ... on MutationBlockSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MBlockDocument,
    "\n  mutation MUnblock($accountId: ID!) {\n    unblock(accountId: $accountId) {\n      __typename\n      ... on MutationUnblockSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MUnblockDocument,
    "\n  mutation MMute($accountId: ID!, $notifications: Boolean, $duration: Int) {\n    mute(accountId: $accountId, notifications: $notifications, duration: $duration) {\n      __typename\n      ... on MutationMuteSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MMuteDocument,
    "\n  mutation MUnmute($accountId: ID!) {\n    unmute(accountId: $accountId) {\n      __typename\n      ... on MutationUnmuteSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MUnmuteDocument,
    "\n  mutation MMarkNotificationsRead($upToId: ID) {\n    markNotificationsRead(upToId: $upToId) {\n      __typename\n      ... on MutationMarkNotificationsReadSuccess { data }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.MMarkNotificationsReadDocument,
    "\n  query MAccount($id: ID!) { account(id: $id) { ...MAccountBits } }\n": typeof types.MAccountDocument,
    "\n  query MNotifications($first: Int) {\n    notifications(first: $first) { edges { node { id snowflake type read account { username } } } }\n    unreadNotificationsCount\n  }\n": typeof types.MNotificationsDocument,
};
const documents: Documents = {
    "\n  mutation Move($handle: String!) {\n    moveAccount(handle: $handle) {\n      __typename\n      ... on MutationMoveAccountSuccess { data { movedTo { acct } } }\n      ... on Error { message }\n    }\n  }\n": types.MoveDocument,
    "\n  mutation Alias($handle: String!) {\n    addAccountAlias(handle: $handle) {\n      __typename\n      ... on MutationAddAccountAliasSuccess { data { alsoKnownAs } }\n      ... on Error { message }\n    }\n  }\n": types.AliasDocument,
    "query VisHome { homeTimeline(first: 40) { edges { node { uri } } } }": types.VisHomeDocument,
    "query VisStatus($id: ID!) { status(id: $id) { uri visibility } }": types.VisStatusDocument,
    "query AdmAccount($id: ID!) { account(id: $id) { id } }": types.AdmAccountDocument,
    "query AdmSearch($q: String!) { search(query: $q) { accounts { snowflake } statuses { snowflake } } }": types.AdmSearchDocument,
    "query AdmSensitive($id: ID!) { status(id: $id) { sensitive } }": types.AdmSensitiveDocument,
    "query AdmList { adminAccounts(first: 5) { edges { node { id } } } }": types.AdmListDocument,
    "\n  mutation AdmVerbs($id: ID!) {\n    approveAccount(accountId: $id) { __typename ... on Error { code } }\n    rejectAccount(accountId: $id) { __typename ... on Error { code } }\n    enableAccount(accountId: $id) { __typename ... on Error { code } }\n    unsilenceAccount(accountId: $id) { __typename ... on Error { code } }\n    unsensitizeAccount(accountId: $id) { __typename ... on Error { code } }\n    deleteAccountData(accountId: $id) { __typename ... on Error { code } }\n  }\n": types.AdmVerbsDocument,
    "query AdmWarm { homeTimeline(first: 1) { edges { cursor } } }": types.AdmWarmDocument,
    "query AdmWarm2 { homeTimeline(first: 1) { edges { cursor } } }": types.AdmWarm2Document,
    "\n  mutation CliApply($username: String!, $email: String!, $password: String!, $reason: String) {\n    register(username: $username, email: $email, password: $password, reason: $reason) {\n      __typename\n      ... on MutationRegisterSuccess { data { approvalPending } }\n      ... on Error { message }\n    }\n  }\n": types.CliApplyDocument,
    "query DomStatus($id: ID!) { status(id: $id) { id } }": types.DomStatusDocument,
    "query DomPublic { publicTimeline(first: 40) { edges { node { uri } } } }": types.DomPublicDocument,
    "\n  query DomAdminBlocks($first: Int, $after: String) {\n    adminDomainBlocks(first: $first, after: $after) { edges { node { id domain severity rejectMedia obfuscate publicComment } } pageInfo { hasNextPage endCursor } }\n  }\n": types.DomAdminBlocksDocument,
    "query DomAdminBlock($id: ID!) { adminDomainBlock(id: $id) { id domain digest severity privateComment } }": types.DomAdminBlockDocument,
    "query DomAdminAllows { adminDomainAllows(first: 10) { edges { node { id domain } } } }": types.DomAdminAllowsDocument,
    "query DomAdminAllow($id: ID!) { adminDomainAllow(id: $id) { id domain } }": types.DomAdminAllowDocument,
    "\n  mutation DomCreateBlock($domain: String!, $severity: DomainBlockSeverity, $obfuscate: Boolean, $publicComment: String) {\n    createDomainBlock(domain: $domain, severity: $severity, obfuscate: $obfuscate, publicComment: $publicComment) {\n      __typename\n      ... on MutationCreateDomainBlockSuccess { data { id domain severity obfuscate publicComment } }\n      ... on Error { message code }\n    }\n  }\n": types.DomCreateBlockDocument,
    "\n  mutation DomUpdateBlock($id: ID!, $severity: DomainBlockSeverity, $rejectReports: Boolean) {\n    updateDomainBlock(id: $id, severity: $severity, rejectReports: $rejectReports) {\n      __typename ... on MutationUpdateDomainBlockSuccess { data { id severity rejectReports } } ... on Error { message code }\n    }\n  }\n": types.DomUpdateBlockDocument,
    "\n  mutation DomDeleteBlock($id: ID!) { deleteDomainBlock(id: $id) { __typename ... on MutationDeleteDomainBlockSuccess { data { domain } } ... on Error { code } } }\n": types.DomDeleteBlockDocument,
    "\n  mutation DomCreateAllow($domain: String!) { createDomainAllow(domain: $domain) { __typename ... on MutationCreateDomainAllowSuccess { data { id domain } } ... on Error { code } } }\n": types.DomCreateAllowDocument,
    "\n  mutation DomDeleteAllow($id: ID!) { deleteDomainAllow(id: $id) { __typename ... on MutationDeleteDomainAllowSuccess { data { domain } } ... on Error { code } } }\n": types.DomDeleteAllowDocument,
    "query DomPublished { domainBlocks { domain digest severity comment } }": types.DomPublishedDocument,
    "\n  mutation MailRegister($username: String!, $email: String!, $password: String!, $reason: String) {\n    register(username: $username, email: $email, password: $password, reason: $reason) {\n      __typename\n      ... on MutationRegisterSuccess { data { token approvalPending confirmationPending account { id snowflake username } } }\n      ... on Error { message code }\n    }\n  }\n": types.MailRegisterDocument,
    "\n  mutation MailConfirm($token: String!) {\n    confirmEmail(token: $token) { __typename ... on MutationConfirmEmailSuccess { data } ... on Error { message code } }\n  }\n": types.MailConfirmDocument,
    "\n  mutation MailResend($email: String!) {\n    resendConfirmation(email: $email) { __typename ... on MutationResendConfirmationSuccess { data } ... on Error { message code } }\n  }\n": types.MailResendDocument,
    "\n  query AdmReports($resolved: Boolean, $targetAccountId: ID) {\n    adminReports(first: 20, resolved: $resolved, targetAccountId: $targetAccountId) {\n      edges {\n        node {\n          id category comment actionTaken\n          account { username } targetAccount { username suspended } assignedAccount { username } actionTakenByAccount { username }\n          statuses { snowflake content } rules { id text }\n        }\n      }\n      pageInfo { hasNextPage }\n    }\n  }\n": types.AdmReportsDocument,
    "query AdmReport($id: ID!) { adminReport(id: $id) { id actionTaken assignedAccount { username } } }": types.AdmReportDocument,
    "\n  mutation AdmReportVerbs($id: ID!) {\n    assignReport(reportId: $id) { __typename ... on Error { code } }\n    unassignReport(reportId: $id) { __typename ... on Error { code } }\n    resolveReport(reportId: $id) { __typename ... on Error { code } }\n    reopenReport(reportId: $id) { __typename ... on Error { code } }\n    updateReport(reportId: $id, category: \"other\") { __typename ... on Error { code } }\n  }\n": types.AdmReportVerbsDocument,
    "\n  mutation AdmAssign($id: ID!) {\n    assignReport(reportId: $id) { __typename ... on MutationAssignReportSuccess { data { id assignedAccount { username } } } ... on Error { code } }\n  }\n": types.AdmAssignDocument,
    "\n  mutation SignUp($username: String!, $email: String!, $password: String!, $reason: String, $inviteCode: String, $agreement: Boolean) {\n    register(username: $username, email: $email, password: $password, reason: $reason, inviteCode: $inviteCode, agreement: $agreement) {\n      __typename\n      ... on MutationRegisterSuccess { data { token approvalPending account { id snowflake username } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.SignUpDocument,
    "\n  fragment InviteFields on Invite { id code url maxUses uses remainingUses expiresAt autofollow comment revokedAt usable }\n": types.InviteFieldsFragmentDoc,
    "\n  mutation SuCreateInvite($maxUses: Int, $expiresIn: Int, $autofollow: Boolean, $comment: String) {\n    createInvite(maxUses: $maxUses, expiresIn: $expiresIn, autofollow: $autofollow, comment: $comment) {\n      __typename\n      ... on MutationCreateInviteSuccess { data { ...InviteFields } }\n      ... on Error { message code }\n    }\n  }\n": types.SuCreateInviteDocument,
    "\n  mutation SuRevokeInvite($id: ID!) {\n    revokeInvite(id: $id) { __typename ... on MutationRevokeInviteSuccess { data { ...InviteFields } } ... on Error { message code } }\n  }\n": types.SuRevokeInviteDocument,
    "query SuMyInvites { myInvites { ...InviteFields } }": types.SuMyInvitesDocument,
    "\n  query SuInstance { instance { domain registrationsMode approvalRequired reasonRequired invitesEnabled closingAt rules { id text hint position } } }\n": types.SuInstanceDocument,
    "\n  mutation SuCreateRule($text: String!, $hint: String) {\n    createRule(text: $text, hint: $hint) { __typename ... on MutationCreateRuleSuccess { data { id text hint position } } ... on Error { message code } }\n  }\n": types.SuCreateRuleDocument,
    "\n  mutation SuUpdateRule($id: ID!, $text: String, $position: Int) {\n    updateRule(id: $id, text: $text, position: $position) { __typename ... on MutationUpdateRuleSuccess { data { id text hint position } } ... on Error { message code } }\n  }\n": types.SuUpdateRuleDocument,
    "\n  mutation SuDeleteRule($id: ID!) { deleteRule(id: $id) { __typename ... on MutationDeleteRuleSuccess { data { id } } ... on Error { message code } } }\n": types.SuDeleteRuleDocument,
    "query SuRules { rules { id text hint } }": types.SuRulesDocument,
    "\n  fragment AdminAccountBits on AdminAccount {\n    id username domain email role approved pending rejected rejectionReason disabled silenced suspended sensitized\n    account { id snowflake username }\n  }\n": types.AdminAccountBitsFragmentDoc,
    "\n  mutation AdmModerateAccount($accountId: ID!, $action: ModerationAction!, $text: String, $reportId: ID, $statusIds: [ID!]) {\n    moderateAccount(accountId: $accountId, action: $action, text: $text, reportId: $reportId, statusIds: $statusIds) {\n      __typename\n      ... on MutationModerateAccountSuccess { data { ...AdminAccountBits } }\n      ... on Error { message code }\n    }\n  }\n": types.AdmModerateAccountDocument,
    "\n  mutation AdmUnsuspendAccount($accountId: ID!) {\n    unsuspendAccount(accountId: $accountId) {\n      __typename\n      ... on MutationUnsuspendAccountSuccess { data { ...AdminAccountBits } }\n      ... on Error { message code }\n    }\n  }\n": types.AdmUnsuspendAccountDocument,
    "\n  query AdmAdminAccount($id: ID!) { adminAccount(id: $id) { ...AdminAccountBits } }\n": types.AdmAdminAccountDocument,
    "\n  query AdmAuditLog($action: String, $targetId: String) {\n    auditLog(first: 50, action: $action, targetId: $targetId) {\n      edges { node { action targetType targetId reason data account { username } } }\n    }\n  }\n": types.AdmAuditLogDocument,
    "\n  mutation MuteThread($id: ID!) {\n    muteConversation(id: $id) {\n      __typename\n      ... on MutationMuteConversationSuccess { data { snowflake muted } }\n      ... on Error { message }\n    }\n  }\n": types.MuteThreadDocument,
    "\n  mutation UnmuteThread($id: ID!) {\n    unmuteConversation(id: $id) {\n      __typename\n      ... on MutationUnmuteConversationSuccess { data { muted } }\n    }\n  }\n": types.UnmuteThreadDocument,
    "\n  query Conversations { conversations { id unread lastStatus { snowflake } accounts { snowflake } } }\n": types.ConversationsDocument,
    "\n  mutation MarkConversationRead($id: ID!) {\n    markConversationRead(id: $id) {\n      __typename\n      ... on MutationMarkConversationReadSuccess { data { id unread } }\n      ... on Error { message }\n    }\n  }\n": types.MarkConversationReadDocument,
    "\n  mutation HideConversation($id: ID!) {\n    hideConversation(id: $id) { __typename ... on Error { message } }\n  }\n": types.HideConversationDocument,
    "\n  query Discover($id: ID!) {\n    trendingTags { name }\n    trendingStatuses { snowflake }\n    node(id: $id) { ... on Account { familiarFollowers { snowflake } } }\n  }\n": types.DiscoverDocument,
    "\n  fragment FilterFields on Filter {\n    id title context action expiresAt\n    keywords { id keyword wholeWord }\n    statuses { id statusId status { snowflake } }\n  }\n": types.FilterFieldsFragmentDoc,
    "\n  mutation CreateFilter($title: String!, $context: [FilterContext!]!, $action: FilterAction, $expiresIn: Int, $keywords: [FilterKeywordInput!]) {\n    createFilter(title: $title, context: $context, action: $action, expiresIn: $expiresIn, keywords: $keywords) {\n      __typename\n      ... on MutationCreateFilterSuccess { data { ...FilterFields } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.CreateFilterDocument,
    "\n  mutation UpdateFilter($id: ID!, $title: String, $context: [FilterContext!], $action: FilterAction, $expiresIn: Int, $keywords: [FilterKeywordChange!]) {\n    updateFilter(id: $id, title: $title, context: $context, action: $action, expiresIn: $expiresIn, keywords: $keywords) {\n      __typename\n      ... on MutationUpdateFilterSuccess { data { ...FilterFields } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.UpdateFilterDocument,
    "\n  mutation DeleteFilter($id: ID!) {\n    deleteFilter(id: $id) { __typename ... on MutationDeleteFilterSuccess { data { id title } } ... on Error { message code } }\n  }\n": types.DeleteFilterDocument,
    "\n  mutation AddFilterStatus($filterId: ID!, $statusId: ID!) {\n    addFilterStatus(filterId: $filterId, statusId: $statusId) {\n      __typename\n      ... on MutationAddFilterStatusSuccess { data { id statusId } }\n      ... on Error { message code }\n    }\n  }\n": types.AddFilterStatusDocument,
    "\n  mutation RemoveFilterStatus($id: ID!) {\n    removeFilterStatus(id: $id) { __typename ... on MutationRemoveFilterStatusSuccess { data { id } } ... on Error { message code } }\n  }\n": types.RemoveFilterStatusDocument,
    "\n  query Filters { filters { ...FilterFields } }\n": types.FiltersDocument,
    "\n  query OneFilter($id: ID!) { filter(id: $id) { id title } }\n": types.OneFilterDocument,
    "\n  query FilteredHome($context: FilterContext) {\n    homeTimeline(first: 20) {\n      edges { node { snowflake content\n        filtered(context: $context) { keywordMatches statusMatches filter { id title action context keywords { keyword } } }\n        everywhere: filtered { filter { title } } } }\n    }\n  }\n": types.FilteredHomeDocument,
    "\n  mutation GLCreateList($title: String!, $repliesPolicy: ListRepliesPolicy, $exclusive: Boolean) {\n    createList(title: $title, repliesPolicy: $repliesPolicy, exclusive: $exclusive) {\n      __typename\n      ... on MutationCreateListSuccess { data { id snowflake title repliesPolicy exclusive } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.GlCreateListDocument,
    "\n  mutation GLUpdateList($id: ID!, $title: String, $repliesPolicy: ListRepliesPolicy, $exclusive: Boolean) {\n    updateList(id: $id, title: $title, repliesPolicy: $repliesPolicy, exclusive: $exclusive) {\n      __typename\n      ... on MutationUpdateListSuccess { data { id title repliesPolicy exclusive } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.GlUpdateListDocument,
    "\n  mutation GLDeleteList($id: ID!) {\n    deleteList(id: $id) { __typename ... on MutationDeleteListSuccess { data } ... on Error { message code } ... on ValidationError { field } }\n  }\n": types.GlDeleteListDocument,
    "\n  mutation GLAddAccounts($id: ID!, $accountIds: [ID!]!) {\n    addListAccounts(id: $id, accountIds: $accountIds) {\n      __typename\n      ... on MutationAddListAccountsSuccess { data { accounts(first: 10) { edges { node { snowflake } } } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.GlAddAccountsDocument,
    "\n  mutation GLRemoveAccounts($id: ID!, $accountIds: [ID!]!) {\n    removeListAccounts(id: $id, accountIds: $accountIds) {\n      __typename\n      ... on MutationRemoveListAccountsSuccess { data { accounts(first: 10) { edges { node { snowflake } } } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.GlRemoveAccountsDocument,
    "query GLLists { lists { id title } }": types.GlListsDocument,
    "\n  query GLList($id: ID!, $first: Int, $after: String) {\n    list(id: $id) {\n      title\n      timeline(first: $first, after: $after) { edges { node { snowflake visibility } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": types.GlListDocument,
    "query GLListNode($id: ID!) { node(id: $id) { __typename ... on List { title } } }": types.GlListNodeDocument,
    "query GLAccountLists($id: ID!) { account(id: $id) { lists { title } } }": types.GlAccountListsDocument,
    "\n  mutation GLFollowTag($name: String!) {\n    followTag(name: $name) {\n      __typename\n      ... on MutationFollowTagSuccess { data { name display following } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.GlFollowTagDocument,
    "\n  mutation GLUnfollowTag($name: String!) {\n    unfollowTag(name: $name) {\n      __typename\n      ... on MutationUnfollowTagSuccess { data { name following } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.GlUnfollowTagDocument,
    "\n  query GLFollowedTags($first: Int, $after: String) {\n    followedTags(first: $first, after: $after) { edges { node { name following } } pageInfo { hasNextPage endCursor } }\n    tag(name: \"#Ferns\") { name following }\n  }\n": types.GlFollowedTagsDocument,
    "\n  subscription GLSubscribeList($id: ID!) { listTimeline(id: $id) { kind statusId status { snowflake visibility } } }\n": types.GlSubscribeListDocument,
    "\n  mutation Upload($file: File!, $description: String, $focus: String) {\n    uploadMedia(file: $file, description: $description, focus: $focus) {\n      __typename\n      ... on MutationUploadMediaSuccess {\n        data { id type url previewUrl description blurhash focus { x y } original { width height aspect } small { width height } }\n      }\n      ... on Error { message }\n    }\n  }\n": types.UploadDocument,
    "\n  mutation PostWithMedia($text: String!, $mediaIds: [ID!], $poll: PollInput) {\n    createStatus(text: $text, mediaIds: $mediaIds, poll: $poll) {\n      __typename\n      ... on MutationCreateStatusSuccess {\n        data {\n          id snowflake\n          mediaAttachments { id type url previewUrl description blurhash original { width height } }\n          poll { id expired multiple votesCount votersCount voted ownVotes options { title votesCount } }\n        }\n      }\n      ... on Error { message }\n    }\n  }\n": types.PostWithMediaDocument,
    "\n  mutation Vote($id: ID!, $choices: [Int!]!) {\n    votePoll(id: $id, choices: $choices) {\n      __typename\n      ... on MutationVotePollSuccess { data { votesCount voted ownVotes options { title votesCount } } }\n      ... on Error { message }\n    }\n  }\n": types.VoteDocument,
    "\n  mutation UpdateMedia($id: ID!, $description: String) {\n    updateMedia(id: $id, description: $description) {\n      __typename\n      ... on MutationUpdateMediaSuccess { data { description } }\n      ... on Error { message }\n    }\n  }\n": types.UpdateMediaDocument,
    "\n  query MediaOnly($tag: String!) {\n    publicTimeline(first: 40, onlyMedia: true) { edges { node { snowflake mediaAttachments { id } } } }\n    hashtagTimeline(tag: $tag, local: true, first: 10) { edges { node { snowflake } } }\n  }\n": types.MediaOnlyDocument,
    "\n  mutation PQBoost($id: ID!) { reblog(id: $id) { __typename } }\n": types.PqBoostDocument,
    "\n  mutation PQFave($id: ID!) { favourite(id: $id) { __typename } }\n": types.PqFaveDocument,
    "mutation RCReblog($id: ID!) { reblog(id: $id) { __typename ... on MutationReblogSuccess { data { snowflake } } } }": types.RcReblogDocument,
    "mutation RCDelete($id: ID!) { deleteStatus(id: $id) { __typename } }": types.RcDeleteDocument,
    "mutation RCPin($id: ID!) { pin(id: $id) { __typename ... on Error { code } } }": types.RcPinDocument,
    "mutation RCEdit($id: ID!, $text: String!) { editStatus(id: $id, text: $text) { __typename } }": types.RcEditDocument,
    "mutation TLReblog($id: ID!) { reblog(id: $id) { __typename ... on MutationReblogSuccess { data { snowflake } } } }": types.TlReblogDocument,
    "mutation TLEdit($id: ID!, $text: String!) { editStatus(id: $id, text: $text) { __typename } }": types.TlEditDocument,
    "mutation TLDelete($id: ID!) { deleteStatus(id: $id) { __typename } }": types.TlDeleteDocument,
    "mutation TLFavourite($id: ID!) { favourite(id: $id) { __typename } }": types.TlFavouriteDocument,
    "\n  query TLSearch($q: String!) {\n    search(query: $q) { accounts { username } hashtags { name } statuses { snowflake } }\n  }\n": types.TlSearchDocument,
    "\n  subscription TLLiveFlags {\n    homeTimeline { kind status { snowflake favourited reblog { snowflake favourited } } }\n  }\n": types.TlLiveFlagsDocument,
    "\n  subscription TLLivePersonal {\n    homeTimeline { kind status { snowflake text } }\n  }\n": types.TlLivePersonalDocument,
    "query DbBlockedDomains($first: Int) { blockedDomains(first: $first) { edges { cursor node } pageInfo { hasNextPage } } }": types.DbBlockedDomainsDocument,
    "\n  mutation DbBlockDomain($domain: String!) {\n    blockDomain(domain: $domain) { __typename ... on MutationBlockDomainSuccess { data } ... on Error { message code } ... on ValidationError { field } }\n  }\n": types.DbBlockDomainDocument,
    "\n  mutation DbUnblockDomain($domain: String!) { unblockDomain(domain: $domain) { __typename ... on MutationUnblockDomainSuccess { data } ... on Error { code } } }\n": types.DbUnblockDomainDocument,
    "query DbRelationship($id: ID!) { account(id: $id) { relationship { domainBlocking following followedBy } } }": types.DbRelationshipDocument,
    "\n  mutation ImportFollowing($csv: String!, $mode: ImportMode) {\n    importFollowing(csv: $csv, mode: $mode) {\n      __typename\n      ... on MutationImportFollowingSuccess { data { followed unfollowed failed { address reason } } }\n      ... on Error { message }\n    }\n  }\n": types.ImportFollowingDocument,
    "query ExportData($kind: ExportKind!) { exportData(kind: $kind) }": types.ExportDataDocument,
    "mutation PortAlias($handle: String!) { addAccountAlias(handle: $handle) { __typename } }": types.PortAliasDocument,
    "mutation PortMove($handle: String!) { moveAccount(handle: $handle) { __typename ... on Error { message } } }": types.PortMoveDocument,
    "\n  query ResolveSearch($query: String!) {\n    search(query: $query, resolve: true) { accounts { snowflake } statuses { snowflake } }\n  }\n": types.ResolveSearchDocument,
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
    "\n  query XStatus($id: ID!) {\n    status(id: $id) { id snowflake visibility }\n  }\n": types.XStatusDocument,
    "\n  query XNode($id: ID!) {\n    node(id: $id) { __typename id ... on Status { snowflake visibility } }\n  }\n": types.XNodeDocument,
    "\n  query XViewerLists($accountId: ID!, $rootId: ID!, $tag: String!, $q: String!) {\n    accountStatuses(accountId: $accountId, first: 40) { edges { node { snowflake } } }\n    publicTimeline(first: 40) { edges { node { snowflake visibility } } }\n    hashtagTimeline(tag: $tag, first: 40) { edges { node { snowflake } } }\n    search(query: $q, limit: 40) { statuses { snowflake } }\n    status(id: $rootId) { snowflake context { descendants { snowflake } } }\n  }\n": types.XViewerListsDocument,
    "\n  query XSignedInLists {\n    homeTimeline(first: 40) { edges { node { snowflake } } }\n    notifications(first: 40) { edges { node { id snowflake type status { snowflake } } } }\n  }\n": types.XSignedInListsDocument,
    "\n  mutation XReblog($id: ID!) {\n    reblog(id: $id) {\n      __typename\n      ... on MutationReblogSuccess { data { snowflake reblog { snowflake } } }\n      ... on Error { code message }\n    }\n  }\n": types.XReblogDocument,
    "\n  mutation XBlock($accountId: ID!) {\n    block(accountId: $accountId) { __typename ... on Error { code message } }\n  }\n": types.XBlockDocument,
    "\n  mutation XMute($accountId: ID!) {\n    mute(accountId: $accountId) { __typename ... on Error { code message } }\n  }\n": types.XMuteDocument,
    "\n  mutation XUnfollow($accountId: ID!) {\n    unfollow(accountId: $accountId) { __typename ... on Error { code message } }\n  }\n": types.XUnfollowDocument,
    "\n  query XNotificationNode($id: ID!) {\n    node(id: $id) { __typename ... on Notification { type status { snowflake } } }\n  }\n": types.XNotificationNodeDocument,
    "\n  query XThread($id: ID!) {\n    status(id: $id) { snowflake inReplyTo { snowflake } context { ancestors { snowflake } descendants { snowflake } } }\n  }\n": types.XThreadDocument,
    "\n  fragment MStatusBits on Status {\n    id\n    snowflake\n    text\n    content\n    spoilerText\n    sensitive\n    language\n    visibility\n    editedAt\n    repliesCount\n    reblogsCount\n    favouritesCount\n    favourited\n    reblogged\n    bookmarked\n    pinned\n    account { id username statusesCount }\n    reblog { id snowflake reblogsCount favouritesCount }\n  }\n": types.MStatusBitsFragmentDoc,
    "\n  fragment MAccountBits on Account {\n    id\n    snowflake\n    username\n    displayName\n    locked\n    followersCount\n    followingCount\n    statusesCount\n    relationship {\n      following\n      showingReblogs\n      notifying\n      followedBy\n      requested\n      requestedBy\n      blocking\n      blockedBy\n      muting\n      mutingNotifications\n    }\n  }\n": types.MAccountBitsFragmentDoc,
    "\n  mutation MRegister($username: String!, $email: String!, $password: String!, $displayName: String) {\n    register(username: $username, email: $email, password: $password, displayName: $displayName) {\n      __typename\n      ... on MutationRegisterSuccess { data { token account { id username displayName } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MRegisterDocument,
    "\n  mutation MLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      __typename\n      ... on MutationLoginSuccess { data { token account { id username } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MLoginDocument,
    "\n  mutation MLogout {\n    logout {\n      __typename\n      ... on MutationLogoutSuccess { data }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MLogoutDocument,
    "\n  mutation MUpdateProfile(\n    $displayName: String\n    $note: String\n    $fields: [ProfileFieldInput!]\n    $locked: Boolean\n    $bot: Boolean\n    $discoverable: Boolean\n  ) {\n    updateProfile(displayName: $displayName, note: $note, fields: $fields, locked: $locked, bot: $bot, discoverable: $discoverable) {\n      __typename\n      ... on MutationUpdateProfileSuccess {\n        data { id displayName note noteSource locked bot discoverable fields { name value valueHtml } }\n      }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MUpdateProfileDocument,
    "\n  query MViewer { viewer { id username displayName locked bot discoverable noteSource } }\n": types.MViewerDocument,
    "\n  mutation MCreateStatus($text: String!, $visibility: Visibility, $spoilerText: String, $inReplyToId: ID, $sensitive: Boolean, $language: String) {\n    createStatus(text: $text, visibility: $visibility, spoilerText: $spoilerText, inReplyToId: $inReplyToId, sensitive: $sensitive, language: $language) {\n      __typename\n      ... on MutationCreateStatusSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MCreateStatusDocument,
    "\n  mutation MEditStatus($id: ID!, $text: String!, $spoilerText: String, $sensitive: Boolean, $language: String) {\n    editStatus(id: $id, text: $text, spoilerText: $spoilerText, sensitive: $sensitive, language: $language) {\n      __typename\n      ... on MutationEditStatusSuccess { data { ...MStatusBits edits { content spoilerText sensitive } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MEditStatusDocument,
    "\n  mutation MDeleteStatus($id: ID!) {\n    deleteStatus(id: $id) {\n      __typename\n      ... on MutationDeleteStatusSuccess { data { id snowflake text spoilerText } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MDeleteStatusDocument,
    "\n  mutation MReblog($id: ID!) {\n    reblog(id: $id) {\n      __typename\n      ... on MutationReblogSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MReblogDocument,
    "\n  mutation MUnreblog($id: ID!) {\n    unreblog(id: $id) {\n      __typename\n      ... on MutationUnreblogSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MUnreblogDocument,
    "\n  mutation MFavourite($id: ID!) {\n    favourite(id: $id) {\n      __typename\n      ... on MutationFavouriteSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MFavouriteDocument,
    "\n  mutation MUnfavourite($id: ID!) {\n    unfavourite(id: $id) {\n      __typename\n      ... on MutationUnfavouriteSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MUnfavouriteDocument,
    "\n  mutation MBookmark($id: ID!) {\n    bookmark(id: $id) {\n      __typename\n      ... on MutationBookmarkSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MBookmarkDocument,
    "\n  mutation MUnbookmark($id: ID!) {\n    unbookmark(id: $id) {\n      __typename\n      ... on MutationUnbookmarkSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MUnbookmarkDocument,
    "\n  mutation MPin($id: ID!) {\n    pin(id: $id) {\n      __typename\n      ... on MutationPinSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MPinDocument,
    "\n  mutation MUnpin($id: ID!) {\n    unpin(id: $id) {\n      __typename\n      ... on MutationUnpinSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MUnpinDocument,
    "\n  query MStatus($id: ID!) {\n    status(id: $id) { ...MStatusBits edits { content spoilerText sensitive } }\n  }\n": types.MStatusDocument,
    "\n  query MBookmarks { bookmarks(first: 20) { edges { node { snowflake } } } }\n": types.MBookmarksDocument,
    "\n  query MPinned($accountId: ID!) {\n    accountStatuses(accountId: $accountId, pinned: true, first: 20) { edges { node { snowflake } } }\n  }\n": types.MPinnedDocument,
    "\n  mutation MFollow($accountId: ID!, $reblogs: Boolean, $notify: Boolean) {\n    follow(accountId: $accountId, reblogs: $reblogs, notify: $notify) {\n      __typename\n      ... on MutationFollowSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MFollowDocument,
    "\n  mutation MUnfollow($accountId: ID!) {\n    unfollow(accountId: $accountId) {\n      __typename\n      ... on MutationUnfollowSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MUnfollowDocument,
    "\n  mutation MAuthorizeFollowRequest($accountId: ID!) {\n    authorizeFollowRequest(accountId: $accountId) {\n      __typename\n      ... on MutationAuthorizeFollowRequestSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MAuthorizeFollowRequestDocument,
    "\n  mutation MRejectFollowRequest($accountId: ID!) {\n    rejectFollowRequest(accountId: $accountId) {\n      __typename\n      ... on MutationRejectFollowRequestSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MRejectFollowRequestDocument,
    "\n  mutation MBlock($accountId: ID!) {\n    block(accountId: $accountId) {\n      __typename\n      ... on MutationBlockSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MBlockDocument,
    "\n  mutation MUnblock($accountId: ID!) {\n    unblock(accountId: $accountId) {\n      __typename\n      ... on MutationUnblockSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MUnblockDocument,
    "\n  mutation MMute($accountId: ID!, $notifications: Boolean, $duration: Int) {\n    mute(accountId: $accountId, notifications: $notifications, duration: $duration) {\n      __typename\n      ... on MutationMuteSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MMuteDocument,
    "\n  mutation MUnmute($accountId: ID!) {\n    unmute(accountId: $accountId) {\n      __typename\n      ... on MutationUnmuteSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MUnmuteDocument,
    "\n  mutation MMarkNotificationsRead($upToId: ID) {\n    markNotificationsRead(upToId: $upToId) {\n      __typename\n      ... on MutationMarkNotificationsReadSuccess { data }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n": types.MMarkNotificationsReadDocument,
    "\n  query MAccount($id: ID!) { account(id: $id) { ...MAccountBits } }\n": types.MAccountDocument,
    "\n  query MNotifications($first: Int) {\n    notifications(first: $first) { edges { node { id snowflake type read account { username } } } }\n    unreadNotificationsCount\n  }\n": types.MNotificationsDocument,
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
export function graphql(source: "\n  mutation Move($handle: String!) {\n    moveAccount(handle: $handle) {\n      __typename\n      ... on MutationMoveAccountSuccess { data { movedTo { acct } } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation Move($handle: String!) {\n    moveAccount(handle: $handle) {\n      __typename\n      ... on MutationMoveAccountSuccess { data { movedTo { acct } } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Alias($handle: String!) {\n    addAccountAlias(handle: $handle) {\n      __typename\n      ... on MutationAddAccountAliasSuccess { data { alsoKnownAs } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation Alias($handle: String!) {\n    addAccountAlias(handle: $handle) {\n      __typename\n      ... on MutationAddAccountAliasSuccess { data { alsoKnownAs } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VisHome { homeTimeline(first: 40) { edges { node { uri } } } }"): (typeof documents)["query VisHome { homeTimeline(first: 40) { edges { node { uri } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VisStatus($id: ID!) { status(id: $id) { uri visibility } }"): (typeof documents)["query VisStatus($id: ID!) { status(id: $id) { uri visibility } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdmAccount($id: ID!) { account(id: $id) { id } }"): (typeof documents)["query AdmAccount($id: ID!) { account(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdmSearch($q: String!) { search(query: $q) { accounts { snowflake } statuses { snowflake } } }"): (typeof documents)["query AdmSearch($q: String!) { search(query: $q) { accounts { snowflake } statuses { snowflake } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdmSensitive($id: ID!) { status(id: $id) { sensitive } }"): (typeof documents)["query AdmSensitive($id: ID!) { status(id: $id) { sensitive } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdmList { adminAccounts(first: 5) { edges { node { id } } } }"): (typeof documents)["query AdmList { adminAccounts(first: 5) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdmVerbs($id: ID!) {\n    approveAccount(accountId: $id) { __typename ... on Error { code } }\n    rejectAccount(accountId: $id) { __typename ... on Error { code } }\n    enableAccount(accountId: $id) { __typename ... on Error { code } }\n    unsilenceAccount(accountId: $id) { __typename ... on Error { code } }\n    unsensitizeAccount(accountId: $id) { __typename ... on Error { code } }\n    deleteAccountData(accountId: $id) { __typename ... on Error { code } }\n  }\n"): (typeof documents)["\n  mutation AdmVerbs($id: ID!) {\n    approveAccount(accountId: $id) { __typename ... on Error { code } }\n    rejectAccount(accountId: $id) { __typename ... on Error { code } }\n    enableAccount(accountId: $id) { __typename ... on Error { code } }\n    unsilenceAccount(accountId: $id) { __typename ... on Error { code } }\n    unsensitizeAccount(accountId: $id) { __typename ... on Error { code } }\n    deleteAccountData(accountId: $id) { __typename ... on Error { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdmWarm { homeTimeline(first: 1) { edges { cursor } } }"): (typeof documents)["query AdmWarm { homeTimeline(first: 1) { edges { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdmWarm2 { homeTimeline(first: 1) { edges { cursor } } }"): (typeof documents)["query AdmWarm2 { homeTimeline(first: 1) { edges { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliApply($username: String!, $email: String!, $password: String!, $reason: String) {\n    register(username: $username, email: $email, password: $password, reason: $reason) {\n      __typename\n      ... on MutationRegisterSuccess { data { approvalPending } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation CliApply($username: String!, $email: String!, $password: String!, $reason: String) {\n    register(username: $username, email: $email, password: $password, reason: $reason) {\n      __typename\n      ... on MutationRegisterSuccess { data { approvalPending } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DomStatus($id: ID!) { status(id: $id) { id } }"): (typeof documents)["query DomStatus($id: ID!) { status(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DomPublic { publicTimeline(first: 40) { edges { node { uri } } } }"): (typeof documents)["query DomPublic { publicTimeline(first: 40) { edges { node { uri } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DomAdminBlocks($first: Int, $after: String) {\n    adminDomainBlocks(first: $first, after: $after) { edges { node { id domain severity rejectMedia obfuscate publicComment } } pageInfo { hasNextPage endCursor } }\n  }\n"): (typeof documents)["\n  query DomAdminBlocks($first: Int, $after: String) {\n    adminDomainBlocks(first: $first, after: $after) { edges { node { id domain severity rejectMedia obfuscate publicComment } } pageInfo { hasNextPage endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DomAdminBlock($id: ID!) { adminDomainBlock(id: $id) { id domain digest severity privateComment } }"): (typeof documents)["query DomAdminBlock($id: ID!) { adminDomainBlock(id: $id) { id domain digest severity privateComment } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DomAdminAllows { adminDomainAllows(first: 10) { edges { node { id domain } } } }"): (typeof documents)["query DomAdminAllows { adminDomainAllows(first: 10) { edges { node { id domain } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DomAdminAllow($id: ID!) { adminDomainAllow(id: $id) { id domain } }"): (typeof documents)["query DomAdminAllow($id: ID!) { adminDomainAllow(id: $id) { id domain } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DomCreateBlock($domain: String!, $severity: DomainBlockSeverity, $obfuscate: Boolean, $publicComment: String) {\n    createDomainBlock(domain: $domain, severity: $severity, obfuscate: $obfuscate, publicComment: $publicComment) {\n      __typename\n      ... on MutationCreateDomainBlockSuccess { data { id domain severity obfuscate publicComment } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation DomCreateBlock($domain: String!, $severity: DomainBlockSeverity, $obfuscate: Boolean, $publicComment: String) {\n    createDomainBlock(domain: $domain, severity: $severity, obfuscate: $obfuscate, publicComment: $publicComment) {\n      __typename\n      ... on MutationCreateDomainBlockSuccess { data { id domain severity obfuscate publicComment } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DomUpdateBlock($id: ID!, $severity: DomainBlockSeverity, $rejectReports: Boolean) {\n    updateDomainBlock(id: $id, severity: $severity, rejectReports: $rejectReports) {\n      __typename ... on MutationUpdateDomainBlockSuccess { data { id severity rejectReports } } ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation DomUpdateBlock($id: ID!, $severity: DomainBlockSeverity, $rejectReports: Boolean) {\n    updateDomainBlock(id: $id, severity: $severity, rejectReports: $rejectReports) {\n      __typename ... on MutationUpdateDomainBlockSuccess { data { id severity rejectReports } } ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DomDeleteBlock($id: ID!) { deleteDomainBlock(id: $id) { __typename ... on MutationDeleteDomainBlockSuccess { data { domain } } ... on Error { code } } }\n"): (typeof documents)["\n  mutation DomDeleteBlock($id: ID!) { deleteDomainBlock(id: $id) { __typename ... on MutationDeleteDomainBlockSuccess { data { domain } } ... on Error { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DomCreateAllow($domain: String!) { createDomainAllow(domain: $domain) { __typename ... on MutationCreateDomainAllowSuccess { data { id domain } } ... on Error { code } } }\n"): (typeof documents)["\n  mutation DomCreateAllow($domain: String!) { createDomainAllow(domain: $domain) { __typename ... on MutationCreateDomainAllowSuccess { data { id domain } } ... on Error { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DomDeleteAllow($id: ID!) { deleteDomainAllow(id: $id) { __typename ... on MutationDeleteDomainAllowSuccess { data { domain } } ... on Error { code } } }\n"): (typeof documents)["\n  mutation DomDeleteAllow($id: ID!) { deleteDomainAllow(id: $id) { __typename ... on MutationDeleteDomainAllowSuccess { data { domain } } ... on Error { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DomPublished { domainBlocks { domain digest severity comment } }"): (typeof documents)["query DomPublished { domainBlocks { domain digest severity comment } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailRegister($username: String!, $email: String!, $password: String!, $reason: String) {\n    register(username: $username, email: $email, password: $password, reason: $reason) {\n      __typename\n      ... on MutationRegisterSuccess { data { token approvalPending confirmationPending account { id snowflake username } } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation MailRegister($username: String!, $email: String!, $password: String!, $reason: String) {\n    register(username: $username, email: $email, password: $password, reason: $reason) {\n      __typename\n      ... on MutationRegisterSuccess { data { token approvalPending confirmationPending account { id snowflake username } } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailConfirm($token: String!) {\n    confirmEmail(token: $token) { __typename ... on MutationConfirmEmailSuccess { data } ... on Error { message code } }\n  }\n"): (typeof documents)["\n  mutation MailConfirm($token: String!) {\n    confirmEmail(token: $token) { __typename ... on MutationConfirmEmailSuccess { data } ... on Error { message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailResend($email: String!) {\n    resendConfirmation(email: $email) { __typename ... on MutationResendConfirmationSuccess { data } ... on Error { message code } }\n  }\n"): (typeof documents)["\n  mutation MailResend($email: String!) {\n    resendConfirmation(email: $email) { __typename ... on MutationResendConfirmationSuccess { data } ... on Error { message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdmReports($resolved: Boolean, $targetAccountId: ID) {\n    adminReports(first: 20, resolved: $resolved, targetAccountId: $targetAccountId) {\n      edges {\n        node {\n          id category comment actionTaken\n          account { username } targetAccount { username suspended } assignedAccount { username } actionTakenByAccount { username }\n          statuses { snowflake content } rules { id text }\n        }\n      }\n      pageInfo { hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query AdmReports($resolved: Boolean, $targetAccountId: ID) {\n    adminReports(first: 20, resolved: $resolved, targetAccountId: $targetAccountId) {\n      edges {\n        node {\n          id category comment actionTaken\n          account { username } targetAccount { username suspended } assignedAccount { username } actionTakenByAccount { username }\n          statuses { snowflake content } rules { id text }\n        }\n      }\n      pageInfo { hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdmReport($id: ID!) { adminReport(id: $id) { id actionTaken assignedAccount { username } } }"): (typeof documents)["query AdmReport($id: ID!) { adminReport(id: $id) { id actionTaken assignedAccount { username } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdmReportVerbs($id: ID!) {\n    assignReport(reportId: $id) { __typename ... on Error { code } }\n    unassignReport(reportId: $id) { __typename ... on Error { code } }\n    resolveReport(reportId: $id) { __typename ... on Error { code } }\n    reopenReport(reportId: $id) { __typename ... on Error { code } }\n    updateReport(reportId: $id, category: \"other\") { __typename ... on Error { code } }\n  }\n"): (typeof documents)["\n  mutation AdmReportVerbs($id: ID!) {\n    assignReport(reportId: $id) { __typename ... on Error { code } }\n    unassignReport(reportId: $id) { __typename ... on Error { code } }\n    resolveReport(reportId: $id) { __typename ... on Error { code } }\n    reopenReport(reportId: $id) { __typename ... on Error { code } }\n    updateReport(reportId: $id, category: \"other\") { __typename ... on Error { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdmAssign($id: ID!) {\n    assignReport(reportId: $id) { __typename ... on MutationAssignReportSuccess { data { id assignedAccount { username } } } ... on Error { code } }\n  }\n"): (typeof documents)["\n  mutation AdmAssign($id: ID!) {\n    assignReport(reportId: $id) { __typename ... on MutationAssignReportSuccess { data { id assignedAccount { username } } } ... on Error { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($username: String!, $email: String!, $password: String!, $reason: String, $inviteCode: String, $agreement: Boolean) {\n    register(username: $username, email: $email, password: $password, reason: $reason, inviteCode: $inviteCode, agreement: $agreement) {\n      __typename\n      ... on MutationRegisterSuccess { data { token approvalPending account { id snowflake username } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($username: String!, $email: String!, $password: String!, $reason: String, $inviteCode: String, $agreement: Boolean) {\n    register(username: $username, email: $email, password: $password, reason: $reason, inviteCode: $inviteCode, agreement: $agreement) {\n      __typename\n      ... on MutationRegisterSuccess { data { token approvalPending account { id snowflake username } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InviteFields on Invite { id code url maxUses uses remainingUses expiresAt autofollow comment revokedAt usable }\n"): (typeof documents)["\n  fragment InviteFields on Invite { id code url maxUses uses remainingUses expiresAt autofollow comment revokedAt usable }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuCreateInvite($maxUses: Int, $expiresIn: Int, $autofollow: Boolean, $comment: String) {\n    createInvite(maxUses: $maxUses, expiresIn: $expiresIn, autofollow: $autofollow, comment: $comment) {\n      __typename\n      ... on MutationCreateInviteSuccess { data { ...InviteFields } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SuCreateInvite($maxUses: Int, $expiresIn: Int, $autofollow: Boolean, $comment: String) {\n    createInvite(maxUses: $maxUses, expiresIn: $expiresIn, autofollow: $autofollow, comment: $comment) {\n      __typename\n      ... on MutationCreateInviteSuccess { data { ...InviteFields } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuRevokeInvite($id: ID!) {\n    revokeInvite(id: $id) { __typename ... on MutationRevokeInviteSuccess { data { ...InviteFields } } ... on Error { message code } }\n  }\n"): (typeof documents)["\n  mutation SuRevokeInvite($id: ID!) {\n    revokeInvite(id: $id) { __typename ... on MutationRevokeInviteSuccess { data { ...InviteFields } } ... on Error { message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SuMyInvites { myInvites { ...InviteFields } }"): (typeof documents)["query SuMyInvites { myInvites { ...InviteFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuInstance { instance { domain registrationsMode approvalRequired reasonRequired invitesEnabled closingAt rules { id text hint position } } }\n"): (typeof documents)["\n  query SuInstance { instance { domain registrationsMode approvalRequired reasonRequired invitesEnabled closingAt rules { id text hint position } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuCreateRule($text: String!, $hint: String) {\n    createRule(text: $text, hint: $hint) { __typename ... on MutationCreateRuleSuccess { data { id text hint position } } ... on Error { message code } }\n  }\n"): (typeof documents)["\n  mutation SuCreateRule($text: String!, $hint: String) {\n    createRule(text: $text, hint: $hint) { __typename ... on MutationCreateRuleSuccess { data { id text hint position } } ... on Error { message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuUpdateRule($id: ID!, $text: String, $position: Int) {\n    updateRule(id: $id, text: $text, position: $position) { __typename ... on MutationUpdateRuleSuccess { data { id text hint position } } ... on Error { message code } }\n  }\n"): (typeof documents)["\n  mutation SuUpdateRule($id: ID!, $text: String, $position: Int) {\n    updateRule(id: $id, text: $text, position: $position) { __typename ... on MutationUpdateRuleSuccess { data { id text hint position } } ... on Error { message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuDeleteRule($id: ID!) { deleteRule(id: $id) { __typename ... on MutationDeleteRuleSuccess { data { id } } ... on Error { message code } } }\n"): (typeof documents)["\n  mutation SuDeleteRule($id: ID!) { deleteRule(id: $id) { __typename ... on MutationDeleteRuleSuccess { data { id } } ... on Error { message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SuRules { rules { id text hint } }"): (typeof documents)["query SuRules { rules { id text hint } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminAccountBits on AdminAccount {\n    id username domain email role approved pending rejected rejectionReason disabled silenced suspended sensitized\n    account { id snowflake username }\n  }\n"): (typeof documents)["\n  fragment AdminAccountBits on AdminAccount {\n    id username domain email role approved pending rejected rejectionReason disabled silenced suspended sensitized\n    account { id snowflake username }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdmModerateAccount($accountId: ID!, $action: ModerationAction!, $text: String, $reportId: ID, $statusIds: [ID!]) {\n    moderateAccount(accountId: $accountId, action: $action, text: $text, reportId: $reportId, statusIds: $statusIds) {\n      __typename\n      ... on MutationModerateAccountSuccess { data { ...AdminAccountBits } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation AdmModerateAccount($accountId: ID!, $action: ModerationAction!, $text: String, $reportId: ID, $statusIds: [ID!]) {\n    moderateAccount(accountId: $accountId, action: $action, text: $text, reportId: $reportId, statusIds: $statusIds) {\n      __typename\n      ... on MutationModerateAccountSuccess { data { ...AdminAccountBits } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdmUnsuspendAccount($accountId: ID!) {\n    unsuspendAccount(accountId: $accountId) {\n      __typename\n      ... on MutationUnsuspendAccountSuccess { data { ...AdminAccountBits } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation AdmUnsuspendAccount($accountId: ID!) {\n    unsuspendAccount(accountId: $accountId) {\n      __typename\n      ... on MutationUnsuspendAccountSuccess { data { ...AdminAccountBits } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdmAdminAccount($id: ID!) { adminAccount(id: $id) { ...AdminAccountBits } }\n"): (typeof documents)["\n  query AdmAdminAccount($id: ID!) { adminAccount(id: $id) { ...AdminAccountBits } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdmAuditLog($action: String, $targetId: String) {\n    auditLog(first: 50, action: $action, targetId: $targetId) {\n      edges { node { action targetType targetId reason data account { username } } }\n    }\n  }\n"): (typeof documents)["\n  query AdmAuditLog($action: String, $targetId: String) {\n    auditLog(first: 50, action: $action, targetId: $targetId) {\n      edges { node { action targetType targetId reason data account { username } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MuteThread($id: ID!) {\n    muteConversation(id: $id) {\n      __typename\n      ... on MutationMuteConversationSuccess { data { snowflake muted } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation MuteThread($id: ID!) {\n    muteConversation(id: $id) {\n      __typename\n      ... on MutationMuteConversationSuccess { data { snowflake muted } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnmuteThread($id: ID!) {\n    unmuteConversation(id: $id) {\n      __typename\n      ... on MutationUnmuteConversationSuccess { data { muted } }\n    }\n  }\n"): (typeof documents)["\n  mutation UnmuteThread($id: ID!) {\n    unmuteConversation(id: $id) {\n      __typename\n      ... on MutationUnmuteConversationSuccess { data { muted } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversations { conversations { id unread lastStatus { snowflake } accounts { snowflake } } }\n"): (typeof documents)["\n  query Conversations { conversations { id unread lastStatus { snowflake } accounts { snowflake } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkConversationRead($id: ID!) {\n    markConversationRead(id: $id) {\n      __typename\n      ... on MutationMarkConversationReadSuccess { data { id unread } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkConversationRead($id: ID!) {\n    markConversationRead(id: $id) {\n      __typename\n      ... on MutationMarkConversationReadSuccess { data { id unread } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideConversation($id: ID!) {\n    hideConversation(id: $id) { __typename ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation HideConversation($id: ID!) {\n    hideConversation(id: $id) { __typename ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Discover($id: ID!) {\n    trendingTags { name }\n    trendingStatuses { snowflake }\n    node(id: $id) { ... on Account { familiarFollowers { snowflake } } }\n  }\n"): (typeof documents)["\n  query Discover($id: ID!) {\n    trendingTags { name }\n    trendingStatuses { snowflake }\n    node(id: $id) { ... on Account { familiarFollowers { snowflake } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FilterFields on Filter {\n    id title context action expiresAt\n    keywords { id keyword wholeWord }\n    statuses { id statusId status { snowflake } }\n  }\n"): (typeof documents)["\n  fragment FilterFields on Filter {\n    id title context action expiresAt\n    keywords { id keyword wholeWord }\n    statuses { id statusId status { snowflake } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFilter($title: String!, $context: [FilterContext!]!, $action: FilterAction, $expiresIn: Int, $keywords: [FilterKeywordInput!]) {\n    createFilter(title: $title, context: $context, action: $action, expiresIn: $expiresIn, keywords: $keywords) {\n      __typename\n      ... on MutationCreateFilterSuccess { data { ...FilterFields } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFilter($title: String!, $context: [FilterContext!]!, $action: FilterAction, $expiresIn: Int, $keywords: [FilterKeywordInput!]) {\n    createFilter(title: $title, context: $context, action: $action, expiresIn: $expiresIn, keywords: $keywords) {\n      __typename\n      ... on MutationCreateFilterSuccess { data { ...FilterFields } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFilter($id: ID!, $title: String, $context: [FilterContext!], $action: FilterAction, $expiresIn: Int, $keywords: [FilterKeywordChange!]) {\n    updateFilter(id: $id, title: $title, context: $context, action: $action, expiresIn: $expiresIn, keywords: $keywords) {\n      __typename\n      ... on MutationUpdateFilterSuccess { data { ...FilterFields } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFilter($id: ID!, $title: String, $context: [FilterContext!], $action: FilterAction, $expiresIn: Int, $keywords: [FilterKeywordChange!]) {\n    updateFilter(id: $id, title: $title, context: $context, action: $action, expiresIn: $expiresIn, keywords: $keywords) {\n      __typename\n      ... on MutationUpdateFilterSuccess { data { ...FilterFields } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFilter($id: ID!) {\n    deleteFilter(id: $id) { __typename ... on MutationDeleteFilterSuccess { data { id title } } ... on Error { message code } }\n  }\n"): (typeof documents)["\n  mutation DeleteFilter($id: ID!) {\n    deleteFilter(id: $id) { __typename ... on MutationDeleteFilterSuccess { data { id title } } ... on Error { message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFilterStatus($filterId: ID!, $statusId: ID!) {\n    addFilterStatus(filterId: $filterId, statusId: $statusId) {\n      __typename\n      ... on MutationAddFilterStatusSuccess { data { id statusId } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation AddFilterStatus($filterId: ID!, $statusId: ID!) {\n    addFilterStatus(filterId: $filterId, statusId: $statusId) {\n      __typename\n      ... on MutationAddFilterStatusSuccess { data { id statusId } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFilterStatus($id: ID!) {\n    removeFilterStatus(id: $id) { __typename ... on MutationRemoveFilterStatusSuccess { data { id } } ... on Error { message code } }\n  }\n"): (typeof documents)["\n  mutation RemoveFilterStatus($id: ID!) {\n    removeFilterStatus(id: $id) { __typename ... on MutationRemoveFilterStatusSuccess { data { id } } ... on Error { message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Filters { filters { ...FilterFields } }\n"): (typeof documents)["\n  query Filters { filters { ...FilterFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OneFilter($id: ID!) { filter(id: $id) { id title } }\n"): (typeof documents)["\n  query OneFilter($id: ID!) { filter(id: $id) { id title } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilteredHome($context: FilterContext) {\n    homeTimeline(first: 20) {\n      edges { node { snowflake content\n        filtered(context: $context) { keywordMatches statusMatches filter { id title action context keywords { keyword } } }\n        everywhere: filtered { filter { title } } } }\n    }\n  }\n"): (typeof documents)["\n  query FilteredHome($context: FilterContext) {\n    homeTimeline(first: 20) {\n      edges { node { snowflake content\n        filtered(context: $context) { keywordMatches statusMatches filter { id title action context keywords { keyword } } }\n        everywhere: filtered { filter { title } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GLCreateList($title: String!, $repliesPolicy: ListRepliesPolicy, $exclusive: Boolean) {\n    createList(title: $title, repliesPolicy: $repliesPolicy, exclusive: $exclusive) {\n      __typename\n      ... on MutationCreateListSuccess { data { id snowflake title repliesPolicy exclusive } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation GLCreateList($title: String!, $repliesPolicy: ListRepliesPolicy, $exclusive: Boolean) {\n    createList(title: $title, repliesPolicy: $repliesPolicy, exclusive: $exclusive) {\n      __typename\n      ... on MutationCreateListSuccess { data { id snowflake title repliesPolicy exclusive } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GLUpdateList($id: ID!, $title: String, $repliesPolicy: ListRepliesPolicy, $exclusive: Boolean) {\n    updateList(id: $id, title: $title, repliesPolicy: $repliesPolicy, exclusive: $exclusive) {\n      __typename\n      ... on MutationUpdateListSuccess { data { id title repliesPolicy exclusive } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation GLUpdateList($id: ID!, $title: String, $repliesPolicy: ListRepliesPolicy, $exclusive: Boolean) {\n    updateList(id: $id, title: $title, repliesPolicy: $repliesPolicy, exclusive: $exclusive) {\n      __typename\n      ... on MutationUpdateListSuccess { data { id title repliesPolicy exclusive } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GLDeleteList($id: ID!) {\n    deleteList(id: $id) { __typename ... on MutationDeleteListSuccess { data } ... on Error { message code } ... on ValidationError { field } }\n  }\n"): (typeof documents)["\n  mutation GLDeleteList($id: ID!) {\n    deleteList(id: $id) { __typename ... on MutationDeleteListSuccess { data } ... on Error { message code } ... on ValidationError { field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GLAddAccounts($id: ID!, $accountIds: [ID!]!) {\n    addListAccounts(id: $id, accountIds: $accountIds) {\n      __typename\n      ... on MutationAddListAccountsSuccess { data { accounts(first: 10) { edges { node { snowflake } } } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation GLAddAccounts($id: ID!, $accountIds: [ID!]!) {\n    addListAccounts(id: $id, accountIds: $accountIds) {\n      __typename\n      ... on MutationAddListAccountsSuccess { data { accounts(first: 10) { edges { node { snowflake } } } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GLRemoveAccounts($id: ID!, $accountIds: [ID!]!) {\n    removeListAccounts(id: $id, accountIds: $accountIds) {\n      __typename\n      ... on MutationRemoveListAccountsSuccess { data { accounts(first: 10) { edges { node { snowflake } } } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation GLRemoveAccounts($id: ID!, $accountIds: [ID!]!) {\n    removeListAccounts(id: $id, accountIds: $accountIds) {\n      __typename\n      ... on MutationRemoveListAccountsSuccess { data { accounts(first: 10) { edges { node { snowflake } } } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GLLists { lists { id title } }"): (typeof documents)["query GLLists { lists { id title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GLList($id: ID!, $first: Int, $after: String) {\n    list(id: $id) {\n      title\n      timeline(first: $first, after: $after) { edges { node { snowflake visibility } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n"): (typeof documents)["\n  query GLList($id: ID!, $first: Int, $after: String) {\n    list(id: $id) {\n      title\n      timeline(first: $first, after: $after) { edges { node { snowflake visibility } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GLListNode($id: ID!) { node(id: $id) { __typename ... on List { title } } }"): (typeof documents)["query GLListNode($id: ID!) { node(id: $id) { __typename ... on List { title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GLAccountLists($id: ID!) { account(id: $id) { lists { title } } }"): (typeof documents)["query GLAccountLists($id: ID!) { account(id: $id) { lists { title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GLFollowTag($name: String!) {\n    followTag(name: $name) {\n      __typename\n      ... on MutationFollowTagSuccess { data { name display following } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation GLFollowTag($name: String!) {\n    followTag(name: $name) {\n      __typename\n      ... on MutationFollowTagSuccess { data { name display following } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GLUnfollowTag($name: String!) {\n    unfollowTag(name: $name) {\n      __typename\n      ... on MutationUnfollowTagSuccess { data { name following } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation GLUnfollowTag($name: String!) {\n    unfollowTag(name: $name) {\n      __typename\n      ... on MutationUnfollowTagSuccess { data { name following } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GLFollowedTags($first: Int, $after: String) {\n    followedTags(first: $first, after: $after) { edges { node { name following } } pageInfo { hasNextPage endCursor } }\n    tag(name: \"#Ferns\") { name following }\n  }\n"): (typeof documents)["\n  query GLFollowedTags($first: Int, $after: String) {\n    followedTags(first: $first, after: $after) { edges { node { name following } } pageInfo { hasNextPage endCursor } }\n    tag(name: \"#Ferns\") { name following }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription GLSubscribeList($id: ID!) { listTimeline(id: $id) { kind statusId status { snowflake visibility } } }\n"): (typeof documents)["\n  subscription GLSubscribeList($id: ID!) { listTimeline(id: $id) { kind statusId status { snowflake visibility } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Upload($file: File!, $description: String, $focus: String) {\n    uploadMedia(file: $file, description: $description, focus: $focus) {\n      __typename\n      ... on MutationUploadMediaSuccess {\n        data { id type url previewUrl description blurhash focus { x y } original { width height aspect } small { width height } }\n      }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation Upload($file: File!, $description: String, $focus: String) {\n    uploadMedia(file: $file, description: $description, focus: $focus) {\n      __typename\n      ... on MutationUploadMediaSuccess {\n        data { id type url previewUrl description blurhash focus { x y } original { width height aspect } small { width height } }\n      }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostWithMedia($text: String!, $mediaIds: [ID!], $poll: PollInput) {\n    createStatus(text: $text, mediaIds: $mediaIds, poll: $poll) {\n      __typename\n      ... on MutationCreateStatusSuccess {\n        data {\n          id snowflake\n          mediaAttachments { id type url previewUrl description blurhash original { width height } }\n          poll { id expired multiple votesCount votersCount voted ownVotes options { title votesCount } }\n        }\n      }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation PostWithMedia($text: String!, $mediaIds: [ID!], $poll: PollInput) {\n    createStatus(text: $text, mediaIds: $mediaIds, poll: $poll) {\n      __typename\n      ... on MutationCreateStatusSuccess {\n        data {\n          id snowflake\n          mediaAttachments { id type url previewUrl description blurhash original { width height } }\n          poll { id expired multiple votesCount votersCount voted ownVotes options { title votesCount } }\n        }\n      }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Vote($id: ID!, $choices: [Int!]!) {\n    votePoll(id: $id, choices: $choices) {\n      __typename\n      ... on MutationVotePollSuccess { data { votesCount voted ownVotes options { title votesCount } } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation Vote($id: ID!, $choices: [Int!]!) {\n    votePoll(id: $id, choices: $choices) {\n      __typename\n      ... on MutationVotePollSuccess { data { votesCount voted ownVotes options { title votesCount } } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMedia($id: ID!, $description: String) {\n    updateMedia(id: $id, description: $description) {\n      __typename\n      ... on MutationUpdateMediaSuccess { data { description } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMedia($id: ID!, $description: String) {\n    updateMedia(id: $id, description: $description) {\n      __typename\n      ... on MutationUpdateMediaSuccess { data { description } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MediaOnly($tag: String!) {\n    publicTimeline(first: 40, onlyMedia: true) { edges { node { snowflake mediaAttachments { id } } } }\n    hashtagTimeline(tag: $tag, local: true, first: 10) { edges { node { snowflake } } }\n  }\n"): (typeof documents)["\n  query MediaOnly($tag: String!) {\n    publicTimeline(first: 40, onlyMedia: true) { edges { node { snowflake mediaAttachments { id } } } }\n    hashtagTimeline(tag: $tag, local: true, first: 10) { edges { node { snowflake } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PQBoost($id: ID!) { reblog(id: $id) { __typename } }\n"): (typeof documents)["\n  mutation PQBoost($id: ID!) { reblog(id: $id) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PQFave($id: ID!) { favourite(id: $id) { __typename } }\n"): (typeof documents)["\n  mutation PQFave($id: ID!) { favourite(id: $id) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RCReblog($id: ID!) { reblog(id: $id) { __typename ... on MutationReblogSuccess { data { snowflake } } } }"): (typeof documents)["mutation RCReblog($id: ID!) { reblog(id: $id) { __typename ... on MutationReblogSuccess { data { snowflake } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RCDelete($id: ID!) { deleteStatus(id: $id) { __typename } }"): (typeof documents)["mutation RCDelete($id: ID!) { deleteStatus(id: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RCPin($id: ID!) { pin(id: $id) { __typename ... on Error { code } } }"): (typeof documents)["mutation RCPin($id: ID!) { pin(id: $id) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RCEdit($id: ID!, $text: String!) { editStatus(id: $id, text: $text) { __typename } }"): (typeof documents)["mutation RCEdit($id: ID!, $text: String!) { editStatus(id: $id, text: $text) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TLReblog($id: ID!) { reblog(id: $id) { __typename ... on MutationReblogSuccess { data { snowflake } } } }"): (typeof documents)["mutation TLReblog($id: ID!) { reblog(id: $id) { __typename ... on MutationReblogSuccess { data { snowflake } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TLEdit($id: ID!, $text: String!) { editStatus(id: $id, text: $text) { __typename } }"): (typeof documents)["mutation TLEdit($id: ID!, $text: String!) { editStatus(id: $id, text: $text) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TLDelete($id: ID!) { deleteStatus(id: $id) { __typename } }"): (typeof documents)["mutation TLDelete($id: ID!) { deleteStatus(id: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TLFavourite($id: ID!) { favourite(id: $id) { __typename } }"): (typeof documents)["mutation TLFavourite($id: ID!) { favourite(id: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TLSearch($q: String!) {\n    search(query: $q) { accounts { username } hashtags { name } statuses { snowflake } }\n  }\n"): (typeof documents)["\n  query TLSearch($q: String!) {\n    search(query: $q) { accounts { username } hashtags { name } statuses { snowflake } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TLLiveFlags {\n    homeTimeline { kind status { snowflake favourited reblog { snowflake favourited } } }\n  }\n"): (typeof documents)["\n  subscription TLLiveFlags {\n    homeTimeline { kind status { snowflake favourited reblog { snowflake favourited } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TLLivePersonal {\n    homeTimeline { kind status { snowflake text } }\n  }\n"): (typeof documents)["\n  subscription TLLivePersonal {\n    homeTimeline { kind status { snowflake text } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DbBlockedDomains($first: Int) { blockedDomains(first: $first) { edges { cursor node } pageInfo { hasNextPage } } }"): (typeof documents)["query DbBlockedDomains($first: Int) { blockedDomains(first: $first) { edges { cursor node } pageInfo { hasNextPage } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DbBlockDomain($domain: String!) {\n    blockDomain(domain: $domain) { __typename ... on MutationBlockDomainSuccess { data } ... on Error { message code } ... on ValidationError { field } }\n  }\n"): (typeof documents)["\n  mutation DbBlockDomain($domain: String!) {\n    blockDomain(domain: $domain) { __typename ... on MutationBlockDomainSuccess { data } ... on Error { message code } ... on ValidationError { field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DbUnblockDomain($domain: String!) { unblockDomain(domain: $domain) { __typename ... on MutationUnblockDomainSuccess { data } ... on Error { code } } }\n"): (typeof documents)["\n  mutation DbUnblockDomain($domain: String!) { unblockDomain(domain: $domain) { __typename ... on MutationUnblockDomainSuccess { data } ... on Error { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DbRelationship($id: ID!) { account(id: $id) { relationship { domainBlocking following followedBy } } }"): (typeof documents)["query DbRelationship($id: ID!) { account(id: $id) { relationship { domainBlocking following followedBy } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportFollowing($csv: String!, $mode: ImportMode) {\n    importFollowing(csv: $csv, mode: $mode) {\n      __typename\n      ... on MutationImportFollowingSuccess { data { followed unfollowed failed { address reason } } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportFollowing($csv: String!, $mode: ImportMode) {\n    importFollowing(csv: $csv, mode: $mode) {\n      __typename\n      ... on MutationImportFollowingSuccess { data { followed unfollowed failed { address reason } } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportData($kind: ExportKind!) { exportData(kind: $kind) }"): (typeof documents)["query ExportData($kind: ExportKind!) { exportData(kind: $kind) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortAlias($handle: String!) { addAccountAlias(handle: $handle) { __typename } }"): (typeof documents)["mutation PortAlias($handle: String!) { addAccountAlias(handle: $handle) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortMove($handle: String!) { moveAccount(handle: $handle) { __typename ... on Error { message } } }"): (typeof documents)["mutation PortMove($handle: String!) { moveAccount(handle: $handle) { __typename ... on Error { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResolveSearch($query: String!) {\n    search(query: $query, resolve: true) { accounts { snowflake } statuses { snowflake } }\n  }\n"): (typeof documents)["\n  query ResolveSearch($query: String!) {\n    search(query: $query, resolve: true) { accounts { snowflake } statuses { snowflake } }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XStatus($id: ID!) {\n    status(id: $id) { id snowflake visibility }\n  }\n"): (typeof documents)["\n  query XStatus($id: ID!) {\n    status(id: $id) { id snowflake visibility }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XNode($id: ID!) {\n    node(id: $id) { __typename id ... on Status { snowflake visibility } }\n  }\n"): (typeof documents)["\n  query XNode($id: ID!) {\n    node(id: $id) { __typename id ... on Status { snowflake visibility } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XViewerLists($accountId: ID!, $rootId: ID!, $tag: String!, $q: String!) {\n    accountStatuses(accountId: $accountId, first: 40) { edges { node { snowflake } } }\n    publicTimeline(first: 40) { edges { node { snowflake visibility } } }\n    hashtagTimeline(tag: $tag, first: 40) { edges { node { snowflake } } }\n    search(query: $q, limit: 40) { statuses { snowflake } }\n    status(id: $rootId) { snowflake context { descendants { snowflake } } }\n  }\n"): (typeof documents)["\n  query XViewerLists($accountId: ID!, $rootId: ID!, $tag: String!, $q: String!) {\n    accountStatuses(accountId: $accountId, first: 40) { edges { node { snowflake } } }\n    publicTimeline(first: 40) { edges { node { snowflake visibility } } }\n    hashtagTimeline(tag: $tag, first: 40) { edges { node { snowflake } } }\n    search(query: $q, limit: 40) { statuses { snowflake } }\n    status(id: $rootId) { snowflake context { descendants { snowflake } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XSignedInLists {\n    homeTimeline(first: 40) { edges { node { snowflake } } }\n    notifications(first: 40) { edges { node { id snowflake type status { snowflake } } } }\n  }\n"): (typeof documents)["\n  query XSignedInLists {\n    homeTimeline(first: 40) { edges { node { snowflake } } }\n    notifications(first: 40) { edges { node { id snowflake type status { snowflake } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XReblog($id: ID!) {\n    reblog(id: $id) {\n      __typename\n      ... on MutationReblogSuccess { data { snowflake reblog { snowflake } } }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation XReblog($id: ID!) {\n    reblog(id: $id) {\n      __typename\n      ... on MutationReblogSuccess { data { snowflake reblog { snowflake } } }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XBlock($accountId: ID!) {\n    block(accountId: $accountId) { __typename ... on Error { code message } }\n  }\n"): (typeof documents)["\n  mutation XBlock($accountId: ID!) {\n    block(accountId: $accountId) { __typename ... on Error { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XMute($accountId: ID!) {\n    mute(accountId: $accountId) { __typename ... on Error { code message } }\n  }\n"): (typeof documents)["\n  mutation XMute($accountId: ID!) {\n    mute(accountId: $accountId) { __typename ... on Error { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XUnfollow($accountId: ID!) {\n    unfollow(accountId: $accountId) { __typename ... on Error { code message } }\n  }\n"): (typeof documents)["\n  mutation XUnfollow($accountId: ID!) {\n    unfollow(accountId: $accountId) { __typename ... on Error { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XNotificationNode($id: ID!) {\n    node(id: $id) { __typename ... on Notification { type status { snowflake } } }\n  }\n"): (typeof documents)["\n  query XNotificationNode($id: ID!) {\n    node(id: $id) { __typename ... on Notification { type status { snowflake } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XThread($id: ID!) {\n    status(id: $id) { snowflake inReplyTo { snowflake } context { ancestors { snowflake } descendants { snowflake } } }\n  }\n"): (typeof documents)["\n  query XThread($id: ID!) {\n    status(id: $id) { snowflake inReplyTo { snowflake } context { ancestors { snowflake } descendants { snowflake } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MStatusBits on Status {\n    id\n    snowflake\n    text\n    content\n    spoilerText\n    sensitive\n    language\n    visibility\n    editedAt\n    repliesCount\n    reblogsCount\n    favouritesCount\n    favourited\n    reblogged\n    bookmarked\n    pinned\n    account { id username statusesCount }\n    reblog { id snowflake reblogsCount favouritesCount }\n  }\n"): (typeof documents)["\n  fragment MStatusBits on Status {\n    id\n    snowflake\n    text\n    content\n    spoilerText\n    sensitive\n    language\n    visibility\n    editedAt\n    repliesCount\n    reblogsCount\n    favouritesCount\n    favourited\n    reblogged\n    bookmarked\n    pinned\n    account { id username statusesCount }\n    reblog { id snowflake reblogsCount favouritesCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MAccountBits on Account {\n    id\n    snowflake\n    username\n    displayName\n    locked\n    followersCount\n    followingCount\n    statusesCount\n    relationship {\n      following\n      showingReblogs\n      notifying\n      followedBy\n      requested\n      requestedBy\n      blocking\n      blockedBy\n      muting\n      mutingNotifications\n    }\n  }\n"): (typeof documents)["\n  fragment MAccountBits on Account {\n    id\n    snowflake\n    username\n    displayName\n    locked\n    followersCount\n    followingCount\n    statusesCount\n    relationship {\n      following\n      showingReblogs\n      notifying\n      followedBy\n      requested\n      requestedBy\n      blocking\n      blockedBy\n      muting\n      mutingNotifications\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MRegister($username: String!, $email: String!, $password: String!, $displayName: String) {\n    register(username: $username, email: $email, password: $password, displayName: $displayName) {\n      __typename\n      ... on MutationRegisterSuccess { data { token account { id username displayName } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MRegister($username: String!, $email: String!, $password: String!, $displayName: String) {\n    register(username: $username, email: $email, password: $password, displayName: $displayName) {\n      __typename\n      ... on MutationRegisterSuccess { data { token account { id username displayName } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      __typename\n      ... on MutationLoginSuccess { data { token account { id username } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      __typename\n      ... on MutationLoginSuccess { data { token account { id username } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MLogout {\n    logout {\n      __typename\n      ... on MutationLogoutSuccess { data }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MLogout {\n    logout {\n      __typename\n      ... on MutationLogoutSuccess { data }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MUpdateProfile(\n    $displayName: String\n    $note: String\n    $fields: [ProfileFieldInput!]\n    $locked: Boolean\n    $bot: Boolean\n    $discoverable: Boolean\n  ) {\n    updateProfile(displayName: $displayName, note: $note, fields: $fields, locked: $locked, bot: $bot, discoverable: $discoverable) {\n      __typename\n      ... on MutationUpdateProfileSuccess {\n        data { id displayName note noteSource locked bot discoverable fields { name value valueHtml } }\n      }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MUpdateProfile(\n    $displayName: String\n    $note: String\n    $fields: [ProfileFieldInput!]\n    $locked: Boolean\n    $bot: Boolean\n    $discoverable: Boolean\n  ) {\n    updateProfile(displayName: $displayName, note: $note, fields: $fields, locked: $locked, bot: $bot, discoverable: $discoverable) {\n      __typename\n      ... on MutationUpdateProfileSuccess {\n        data { id displayName note noteSource locked bot discoverable fields { name value valueHtml } }\n      }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MViewer { viewer { id username displayName locked bot discoverable noteSource } }\n"): (typeof documents)["\n  query MViewer { viewer { id username displayName locked bot discoverable noteSource } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MCreateStatus($text: String!, $visibility: Visibility, $spoilerText: String, $inReplyToId: ID, $sensitive: Boolean, $language: String) {\n    createStatus(text: $text, visibility: $visibility, spoilerText: $spoilerText, inReplyToId: $inReplyToId, sensitive: $sensitive, language: $language) {\n      __typename\n      ... on MutationCreateStatusSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MCreateStatus($text: String!, $visibility: Visibility, $spoilerText: String, $inReplyToId: ID, $sensitive: Boolean, $language: String) {\n    createStatus(text: $text, visibility: $visibility, spoilerText: $spoilerText, inReplyToId: $inReplyToId, sensitive: $sensitive, language: $language) {\n      __typename\n      ... on MutationCreateStatusSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MEditStatus($id: ID!, $text: String!, $spoilerText: String, $sensitive: Boolean, $language: String) {\n    editStatus(id: $id, text: $text, spoilerText: $spoilerText, sensitive: $sensitive, language: $language) {\n      __typename\n      ... on MutationEditStatusSuccess { data { ...MStatusBits edits { content spoilerText sensitive } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MEditStatus($id: ID!, $text: String!, $spoilerText: String, $sensitive: Boolean, $language: String) {\n    editStatus(id: $id, text: $text, spoilerText: $spoilerText, sensitive: $sensitive, language: $language) {\n      __typename\n      ... on MutationEditStatusSuccess { data { ...MStatusBits edits { content spoilerText sensitive } } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MDeleteStatus($id: ID!) {\n    deleteStatus(id: $id) {\n      __typename\n      ... on MutationDeleteStatusSuccess { data { id snowflake text spoilerText } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MDeleteStatus($id: ID!) {\n    deleteStatus(id: $id) {\n      __typename\n      ... on MutationDeleteStatusSuccess { data { id snowflake text spoilerText } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MReblog($id: ID!) {\n    reblog(id: $id) {\n      __typename\n      ... on MutationReblogSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MReblog($id: ID!) {\n    reblog(id: $id) {\n      __typename\n      ... on MutationReblogSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MUnreblog($id: ID!) {\n    unreblog(id: $id) {\n      __typename\n      ... on MutationUnreblogSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MUnreblog($id: ID!) {\n    unreblog(id: $id) {\n      __typename\n      ... on MutationUnreblogSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MFavourite($id: ID!) {\n    favourite(id: $id) {\n      __typename\n      ... on MutationFavouriteSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MFavourite($id: ID!) {\n    favourite(id: $id) {\n      __typename\n      ... on MutationFavouriteSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MUnfavourite($id: ID!) {\n    unfavourite(id: $id) {\n      __typename\n      ... on MutationUnfavouriteSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MUnfavourite($id: ID!) {\n    unfavourite(id: $id) {\n      __typename\n      ... on MutationUnfavouriteSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MBookmark($id: ID!) {\n    bookmark(id: $id) {\n      __typename\n      ... on MutationBookmarkSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MBookmark($id: ID!) {\n    bookmark(id: $id) {\n      __typename\n      ... on MutationBookmarkSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MUnbookmark($id: ID!) {\n    unbookmark(id: $id) {\n      __typename\n      ... on MutationUnbookmarkSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MUnbookmark($id: ID!) {\n    unbookmark(id: $id) {\n      __typename\n      ... on MutationUnbookmarkSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MPin($id: ID!) {\n    pin(id: $id) {\n      __typename\n      ... on MutationPinSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MPin($id: ID!) {\n    pin(id: $id) {\n      __typename\n      ... on MutationPinSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MUnpin($id: ID!) {\n    unpin(id: $id) {\n      __typename\n      ... on MutationUnpinSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MUnpin($id: ID!) {\n    unpin(id: $id) {\n      __typename\n      ... on MutationUnpinSuccess { data { ...MStatusBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MStatus($id: ID!) {\n    status(id: $id) { ...MStatusBits edits { content spoilerText sensitive } }\n  }\n"): (typeof documents)["\n  query MStatus($id: ID!) {\n    status(id: $id) { ...MStatusBits edits { content spoilerText sensitive } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MBookmarks { bookmarks(first: 20) { edges { node { snowflake } } } }\n"): (typeof documents)["\n  query MBookmarks { bookmarks(first: 20) { edges { node { snowflake } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MPinned($accountId: ID!) {\n    accountStatuses(accountId: $accountId, pinned: true, first: 20) { edges { node { snowflake } } }\n  }\n"): (typeof documents)["\n  query MPinned($accountId: ID!) {\n    accountStatuses(accountId: $accountId, pinned: true, first: 20) { edges { node { snowflake } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MFollow($accountId: ID!, $reblogs: Boolean, $notify: Boolean) {\n    follow(accountId: $accountId, reblogs: $reblogs, notify: $notify) {\n      __typename\n      ... on MutationFollowSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MFollow($accountId: ID!, $reblogs: Boolean, $notify: Boolean) {\n    follow(accountId: $accountId, reblogs: $reblogs, notify: $notify) {\n      __typename\n      ... on MutationFollowSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MUnfollow($accountId: ID!) {\n    unfollow(accountId: $accountId) {\n      __typename\n      ... on MutationUnfollowSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MUnfollow($accountId: ID!) {\n    unfollow(accountId: $accountId) {\n      __typename\n      ... on MutationUnfollowSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MAuthorizeFollowRequest($accountId: ID!) {\n    authorizeFollowRequest(accountId: $accountId) {\n      __typename\n      ... on MutationAuthorizeFollowRequestSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MAuthorizeFollowRequest($accountId: ID!) {\n    authorizeFollowRequest(accountId: $accountId) {\n      __typename\n      ... on MutationAuthorizeFollowRequestSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MRejectFollowRequest($accountId: ID!) {\n    rejectFollowRequest(accountId: $accountId) {\n      __typename\n      ... on MutationRejectFollowRequestSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MRejectFollowRequest($accountId: ID!) {\n    rejectFollowRequest(accountId: $accountId) {\n      __typename\n      ... on MutationRejectFollowRequestSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MBlock($accountId: ID!) {\n    block(accountId: $accountId) {\n      __typename\n      ... on MutationBlockSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MBlock($accountId: ID!) {\n    block(accountId: $accountId) {\n      __typename\n      ... on MutationBlockSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MUnblock($accountId: ID!) {\n    unblock(accountId: $accountId) {\n      __typename\n      ... on MutationUnblockSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MUnblock($accountId: ID!) {\n    unblock(accountId: $accountId) {\n      __typename\n      ... on MutationUnblockSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MMute($accountId: ID!, $notifications: Boolean, $duration: Int) {\n    mute(accountId: $accountId, notifications: $notifications, duration: $duration) {\n      __typename\n      ... on MutationMuteSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MMute($accountId: ID!, $notifications: Boolean, $duration: Int) {\n    mute(accountId: $accountId, notifications: $notifications, duration: $duration) {\n      __typename\n      ... on MutationMuteSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MUnmute($accountId: ID!) {\n    unmute(accountId: $accountId) {\n      __typename\n      ... on MutationUnmuteSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MUnmute($accountId: ID!) {\n    unmute(accountId: $accountId) {\n      __typename\n      ... on MutationUnmuteSuccess { data { ...MAccountBits } }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MMarkNotificationsRead($upToId: ID) {\n    markNotificationsRead(upToId: $upToId) {\n      __typename\n      ... on MutationMarkNotificationsReadSuccess { data }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation MMarkNotificationsRead($upToId: ID) {\n    markNotificationsRead(upToId: $upToId) {\n      __typename\n      ... on MutationMarkNotificationsReadSuccess { data }\n      ... on Error { message code }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MAccount($id: ID!) { account(id: $id) { ...MAccountBits } }\n"): (typeof documents)["\n  query MAccount($id: ID!) { account(id: $id) { ...MAccountBits } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MNotifications($first: Int) {\n    notifications(first: $first) { edges { node { id snowflake type read account { username } } } }\n    unreadNotificationsCount\n  }\n"): (typeof documents)["\n  query MNotifications($first: Int) {\n    notifications(first: $first) { edges { node { id snowflake type read account { username } } } }\n    unreadNotificationsCount\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;