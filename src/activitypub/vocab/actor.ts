// Our accounts as ActivityPub actors, with every field Mastodon reads
// (app/serializers/activitypub/actor_serializer.rb; docs "Profile federation").
import type { ActorKeyPair } from "@fedify/fedify";
import { Application, Endpoints, Image, Person, PropertyValue, Service } from "@fedify/vocab";
import { Temporal } from "@js-temporal/polyfill";
import type { Account } from "../../generated/prisma/client.js";

interface StoredField {
  name: string;
  value: string;
  valueHtml?: string;
}

const IMAGE_TYPES: Record<string, string> = {
  jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", gif: "image/gif", webp: "image/webp", avif: "image/avif",
};

/** An avatar or header as an Image, with its media type when the file name tells it. */
function image(url: string | null): Image | null {
  if (!url) return null;
  const extension = new URL(url).pathname.split(".").pop()?.toLowerCase() ?? "";
  return new Image({ url: new URL(url), mediaType: IMAGE_TYPES[extension] ?? null });
}

export const instant = (date: Date) => Temporal.Instant.fromEpochMilliseconds(date.getTime());

/** Midnight UTC of the day: when someone joined is shown as the day, as Mastodon (and our Mastodon API) do. */
const dayOf = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

export interface ActorUris {
  following: URL;
  featured: URL;
  /** where the person moved to */
  movedTo?: URL | null;
}

/** A local account as a Person (a Service for bots, as Mastodon shows them). */
export function toActor(account: Account, uris: ActorUris, keys: ActorKeyPair[]): Person | Service {
  const id = new URL(account.uri);
  const common = {
    id,
    preferredUsername: account.username,
    url: new URL(account.url ?? account.uri),
    published: instant(dayOf(account.createdAt)),
    inbox: new URL(account.inboxUrl ?? `${account.uri}/inbox`),
    outbox: new URL(account.outboxUrl ?? `${account.uri}/outbox`),
    followers: new URL(account.followersUrl ?? `${account.uri}/followers`),
    following: uris.following,
    featured: uris.featured,
    endpoints: account.sharedInboxUrl ? new Endpoints({ sharedInbox: new URL(account.sharedInboxUrl) }) : null,
    publicKey: keys[0]?.cryptographicKey ?? null,
    assertionMethods: keys.map((key) => key.multikey),
    manuallyApprovesFollowers: account.locked,
    aliases: (account.alsoKnownAs ?? []).map((uri) => new URL(uri)),
    successor: uris.movedTo ?? null,
  };
  if (account.suspendedAt) {
    // As Mastodon serves a suspended account: who it was and that it is suspended, nothing more.
    return new Person({ ...common, name: account.username, suspended: true, discoverable: false, indexable: false });
  }
  const fields = (account.fields as unknown as StoredField[] | null) ?? [];
  const values = {
    ...common,
    name: account.displayName,
    summary: account.noteHtml,
    icon: image(account.avatarUrl),
    image: image(account.headerUrl),
    attachments: fields.map((field) => new PropertyValue({ name: field.name, value: field.valueHtml ?? field.value })),
    discoverable: account.discoverable,
    // Same setting as `indexable` in our Mastodon API: being listed also means being searchable.
    indexable: account.discoverable,
    suspended: false,
    memorial: false,
  };
  return account.bot ? new Service(values) : new Person(values);
}

export interface InstanceActorValues {
  id: URL;
  domain: string;
  inbox: URL;
  outbox: URL;
  sharedInbox: URL;
  url: URL;
}

/**
 * The server itself (Mastodon's instance actor): an Application, fetchable without a
 * signature, which signs the server's own fetches so that servers requiring signed fetches
 * can still talk to us.
 */
export function toInstanceActor(values: InstanceActorValues, keys: ActorKeyPair[]): Application {
  return new Application({
    id: values.id,
    preferredUsername: values.domain,
    name: values.domain,
    url: values.url,
    inbox: values.inbox,
    outbox: values.outbox,
    endpoints: new Endpoints({ sharedInbox: values.sharedInbox }),
    manuallyApprovesFollowers: true,
    publicKey: keys[0]?.cryptographicKey ?? null,
    assertionMethods: keys.map((key) => key.multikey),
  });
}
