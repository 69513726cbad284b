// Accounts of other servers, as their actor documents describe them (the ActivityPub
// adapter reads the documents; this stores what it read). Keyed by actor URI.
import { newId } from "../../core/ids.js";
import type { ServiceDeps } from "../context.js";
import { isDomainSuspended } from "../domains/policy.js";
import { isUniqueViolation } from "../guards.js";
import { jsonEmojis, type CustomEmoji } from "../../core/emojis.js";

export interface ProfileField {
  name: string;
  /** sanitised HTML */
  value: string;
}

export interface RemoteAccountInput {
  uri: string;
  username: string;
  /** host[:port], lower case */
  domain: string;
  url: string | null;
  displayName: string;
  /** already sanitised HTML */
  noteHtml: string;
  inboxUrl: string | null;
  sharedInboxUrl: string | null;
  outboxUrl: string | null;
  followersUrl: string | null;
  publicKeyPem: string | null;
  avatarUrl: string | null;
  headerUrl: string | null;
  locked: boolean;
  bot: boolean;
  discoverable: boolean;
  createdAt: Date | null;
  /** PropertyValue attachments */
  fields?: ProfileField[];
  /** actor URIs the person says are also theirs */
  alsoKnownAs?: string[];
  /** custom emoji of their server used in the name, bio or fields */
  emojis?: CustomEmoji[];
  /** totalItems of the actor's followers, following and outbox collections, when they were read */
  followersCount?: number;
  followingCount?: number;
  statusesCount?: number;
}

/** Creates or refreshes a remote account; returns it (null for a server this one suspended). */
export async function upsertRemoteAccount(deps: ServiceDeps, input: RemoteAccountInput) {
  if (await isDomainSuspended(deps, input.domain)) return null;
  const { createdAt, fields, alsoKnownAs, emojis, ...rest } = input;
  const data = {
    ...rest,
    ...(emojis ? { emojis: jsonEmojis(emojis) } : {}),
    ...(fields ? { fields: fields.slice(0, 16).map((f) => ({ name: f.name.slice(0, 255), value: f.value, valueHtml: f.value })) } : {}),
    ...(alsoKnownAs ? { alsoKnownAs: alsoKnownAs.slice(0, 20) } : {}),
    handleKey: `${input.username.toLowerCase()}@${input.domain}`,
  };
  try {
    return await deps.db.account.upsert({
      where: { uri: input.uri },
      create: { id: newId(createdAt?.getTime() ?? Date.now()), ...data, ...(createdAt ? { createdAt } : {}) },
      update: data,
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Same handle, another actor URI (the account was made again on its server): the handle
    // keeps its account here, now at the new URI. Or a concurrent upsert made it first.
    return deps.db.account.update({ where: { handleKey: data.handleKey }, data });
  }
}
