// The Mastodon Account entity (docs.joinmastodon.org/entities/Account).
import type { Account } from "../../generated/prisma/client.js";
import { toMastodonEmojis } from "./emoji.js";

interface StoredField {
  name: string;
  value: string;
  valueHtml?: string;
  verifiedAt?: string | null;
}

export function toMastodonAccount(account: Account, origin: string, domain: string) {
  const avatar = account.avatarUrl ?? `${origin}/avatars/original/missing.png`;
  const header = account.headerUrl ?? `${origin}/headers/original/missing.png`;
  const acct = account.domain ? `${account.username}@${account.domain}` : account.username;
  return {
    id: String(account.id),
    username: account.username,
    acct,
    display_name: account.displayName,
    locked: account.locked,
    bot: account.bot,
    discoverable: account.discoverable,
    indexable: account.discoverable,
    group: false,
    created_at: new Date(Date.UTC(account.createdAt.getUTCFullYear(), account.createdAt.getUTCMonth(), account.createdAt.getUTCDate())).toISOString(),
    note: account.noteHtml,
    url: account.url ?? account.uri,
    uri: account.uri,
    avatar,
    avatar_static: avatar,
    header,
    header_static: header,
    followers_count: account.followersCount,
    following_count: account.followingCount,
    statuses_count: account.statusesCount,
    last_status_at: account.lastStatusAt ? account.lastStatusAt.toISOString().slice(0, 10) : null,
    hide_collections: false,
    noindex: !account.discoverable,
    emojis: toMastodonEmojis(account.emojis),
    roles: [],
    fields: ((account.fields as unknown as StoredField[]) ?? []).map((field) => ({
      name: field.name,
      value: field.valueHtml ?? field.value,
      verified_at: field.verifiedAt ?? null,
    })),
    fqn: `${account.username}@${account.domain ?? domain}`,
  };
}

export type MastodonAccount = ReturnType<typeof toMastodonAccount>;

/** verify_credentials adds the source the owner edits from. */
export function toCredentialAccount(account: Account, origin: string, domain: string, privacy = "public") {
  return {
    ...toMastodonAccount(account, origin, domain),
    source: {
      privacy,
      sensitive: false,
      language: null,
      note: account.noteSource,
      fields: ((account.fields as unknown as StoredField[]) ?? []).map((field) => ({
        name: field.name,
        value: field.value,
        verified_at: field.verifiedAt ?? null,
      })),
      follow_requests_count: 0,
    },
  };
}
