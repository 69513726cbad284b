// The Mastodon Status entity (docs.joinmastodon.org/entities/Status), built from rows the
// request's loaders already hold (a page is primed in one query, db/bundle.ts).
import type { Account, Status } from "../../generated/prisma/client.js";
import type { RequestState } from "../context.js";
import { filteredFor } from "../filtering.js";
import { toMastodonAccount } from "./account.js";
import { toMastodonMedia } from "./media.js";
import { toMastodonPoll } from "./poll.js";
import { toMastodonEmojis } from "./emoji.js";

const present = <T>(values: (T | Error | undefined)[]) => values.filter((v): v is T => v !== undefined && !(v instanceof Error));

async function account(state: RequestState, id: bigint): Promise<Account | undefined> {
  return state.loaders.known.accounts.get(id) ?? state.loaders.accounts.load(id);
}

export async function toMastodonStatus(state: RequestState, status: Status, withSource = false): Promise<Record<string, unknown>> {
  const { origin } = state;
  const domain = state.services.deps.config.domain;
  const author = await account(state, status.accountId);
  const reblog = status.reblogOfId ? await state.loaders.statuses.load(status.reblogOfId) : null;
  const flagsId = status.reblogOfId ?? status.id;
  const flags = state.loaders.viewer
    ? (state.loaders.known.flags.get(flagsId) ?? (await state.loaders.viewer.flags.load(flagsId)))
    : null;
  const pinned = state.loaders.viewer && state.reader?.accountId === status.accountId
    ? (state.loaders.known.flags.get(status.id) ?? (await state.loaders.viewer.flags.load(status.id))).pinned
    : false;
  const mentionIds = state.loaders.known.mentions.get(status.id) ?? (await state.loaders.mentions.load(status.id)) ?? [];
  const mentioned = present(await state.loaders.accounts.loadMany(mentionIds));
  const tags = state.loaders.known.tags.get(status.id) ?? (await state.loaders.tags.load(status.id)) ?? [];
  const media = state.loaders.known.media.get(status.id) ?? (await state.loaders.media.load(status.id)) ?? [];
  const known = state.loaders.known.polls.get(status.id);
  const poll = known !== undefined ? known : ((await state.loaders.polls.load(status.id)) ?? null);
  const votes = poll && state.loaders.viewer ? await state.loaders.viewer.votes.load(poll.id) : [];
  const storage = state.services.deps.storage;
  return {
    id: String(status.id),
    uri: status.uri,
    url: status.url,
    created_at: status.createdAt.toISOString(),
    edited_at: status.editedAt?.toISOString() ?? null,
    account: author ? toMastodonAccount(author, origin, domain) : null,
    content: status.reblogOfId ? "" : status.contentHtml,
    ...(withSource ? { text: status.text } : {}),
    visibility: status.visibility.toLowerCase(),
    // Moderators may force everything someone posts to show as sensitive (not to the author, as Mastodon).
    sensitive: status.sensitive || (!!author?.sensitizedAt && state.reader?.accountId !== status.accountId),
    spoiler_text: status.spoilerText,
    media_attachments: media.map((m) => toMastodonMedia(m, storage)),
    application: null,
    mentions: mentioned.map((m) => ({
      id: String(m.id),
      username: m.username,
      url: m.url ?? m.uri,
      acct: m.domain ? `${m.username}@${m.domain}` : m.username,
    })),
    tags: tags.map((tag) => ({ name: tag.name, url: `${origin}/tags/${encodeURIComponent(tag.name)}` })),
    emojis: toMastodonEmojis(status.emojis),
    reblogs_count: status.reblogsCount,
    favourites_count: status.favouritesCount,
    replies_count: status.repliesCount,
    quotes_count: 0,
    in_reply_to_id: status.inReplyToId ? String(status.inReplyToId) : null,
    in_reply_to_account_id: status.inReplyToAccountId ? String(status.inReplyToAccountId) : null,
    reblog: reblog ? await toMastodonStatus(state, reblog) : null,
    poll: poll ? toMastodonPoll(poll, state.reader?.accountId ?? null, votes) : null,
    card: null,
    language: status.language,
    favourited: flags?.favourited ?? false,
    reblogged: flags?.reblogged ?? false,
    muted: flags?.muted ?? false,
    bookmarked: flags?.bookmarked ?? false,
    pinned,
    filtered: await filteredFor(state, status),
  };
}
