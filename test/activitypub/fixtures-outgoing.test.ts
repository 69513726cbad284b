// Our outgoing documents against every field Mastodon reads, one table row per field, each with
// the Mastodon source that reads it. actors.test.ts and objects.test.ts check values; this checks
// the contract: the field is there, under the exact JSON key Mastodon looks up (Mastodon reads
// the compacted JSON as plain JSON, so `as:sensitive` or an expanded IRI would be missed), of
// the shape it expects, and the @context defines the terms as Mastodon's own context does.
//
// Sources (mastodon/mastodon, read through the code index):
//   A  app/helpers/json_ld_helper.rb                       supported_context?, fetch_resource (id must equal the URL fetched)
//   B  app/services/activitypub/fetch_remote_actor_service.rb  SUPPORTED_TYPES, preferredUsername required, WebFinger round trip
//   C  app/services/activitypub/process_account_service.rb    inbox required; outbox, endpoints.sharedInbox, followers, featured,
//                                                              url (same host as id), name, summary, manuallyApprovesFollowers,
//                                                              attachment PropertyValue {name,value}, icon.url, image.url,
//                                                              publicKey.publicKeyPem, totalItems of outbox/followers/following
//   D  app/services/activitypub/fetch_remote_key_service.rb   publicKey.id = keyId, publicKey.owner = actor id
//   E  app/lib/activitypub/parser/status_parser.rb            id, url, content/contentMap (language), summary, sensitive,
//                                                              published, updated, inReplyTo, to/cc (visibility)
//   F  app/lib/activitypub/activity/create.rb                 attributedTo = actor, object id on the actor's host
//                                                              (invalid_origin?), tag Mention href / Hashtag name, conversation
//   G  app/lib/activitypub/parser/media_attachment_parser.rb  url, mediaType, summary|name (alt text), blurhash, focalPoint
//   H  app/lib/activitypub/tag_manager.rb                     public_collection? (the as:Public IRI)
//   I  app/lib/activitypub/parser/poll_parser.rb, docs spec/activitypub.md#Question   oneOf/anyOf[].name, replies.totalItems,
//                                                              endTime, closed, votersCount
//   J  docs.joinmastodon.org/spec/activitypub (mastodon/documentation content/en/spec/activitypub.md,
//      "JSON-LD Contexts and Extensions"): toot: terms, as: extensions, schema: mapping "http://schema.org#"
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, get, PUBLIC } from "../support/activitypub.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { signUp, type Person } from "../support/world.js";
import type { Json } from "../support/fixture-peers.js";

let t: TestApp;
let alice: Person;
let bob: Person;
const ORIGIN = "http://localhost:3000";

/** A table row: where, what must hold, and who needs it. */
type Check = [path: string, expectation: (value: unknown, document: Json) => unknown, source: string];
// (An expectation either returns a boolean or asserts with expect() itself.)

const str = (value: unknown) => typeof value === "string" && value.length > 0;
const url = (value: unknown) => str(value) && /^https?:\/\//.test(value as string);
const bool = (value: unknown) => typeof value === "boolean";
const date = (value: unknown) => str(value) && Number.isFinite(Date.parse(value as string));
const has = (expected: unknown) => (value: unknown) => expect(value).toEqual(expected);

/**
 * The value at a dotted path ("publicKey.owner", "attachment.0.url"). An index into a single
 * value is that value, as Mastodon's as_array reads tag and attachment of posts.
 */
const at = (document: Json, path: string): unknown =>
  path.split(".").reduce<Json>((node, key) => {
    if (node == null) return undefined;
    if (/^\d+$/.test(key) && !Array.isArray(node)) return key === "0" ? node : undefined;
    return node[key];
  }, document);

/** The term definitions in a document's @context, merged. */
function terms(document: Json): Record<string, unknown> {
  const contexts = Array.isArray(document["@context"]) ? document["@context"] : [document["@context"]];
  return Object.assign({}, ...contexts.filter((context: unknown) => typeof context === "object"));
}
const contexts = (document: Json): unknown[] => (Array.isArray(document["@context"]) ? document["@context"] : [document["@context"]]);

function verify(document: Json, checks: Check[]) {
  for (const [path, expectation, source] of checks) {
    const value = path.startsWith("@term:") ? terms(document)[path.slice(6)] : at(document, path);
    let ok: unknown;
    try {
      ok = expectation(value, document);
    } catch (error) {
      throw new Error(`${path} (${source}): ${(error as Error).message}`);
    }
    expect(ok !== false, `${path} = ${JSON.stringify(value)} (${source})`).toBe(true);
  }
}

async function png(width: number, height: number): Promise<Blob> {
  const data = await sharp({ create: { width, height, channels: 3, background: { r: 30, g: 160, b: 90 } } }).png().toBuffer();
  return new Blob([new Uint8Array(data)], { type: "image/png" });
}

beforeAll(async () => {
  t = await startTestApp();
  [alice, bob] = await Promise.all([signUp(t, "alice"), signUp(t, "bob")]);
  const form = new FormData();
  form.set("display_name", "Alice");
  form.set("note", "Down the rabbit hole");
  form.set("locked", "true");
  form.set("fields_attributes[0][name]", "Site");
  form.set("fields_attributes[0][value]", "https://wonderland.example");
  form.set("avatar", await png(32, 32), "avatar.png");
  form.set("header", await png(90, 30), "header.png");
  await api(t, alice.token, "PATCH", "/api/v1/accounts/update_credentials", form);
});
afterAll(() => t.close());

const aliceId = () => `${ORIGIN}/users/${alice.name}`;

describe("actor", () => {
  it("has every field Mastodon reads, under Mastodon's keys, with Mastodon's context terms", async () => {
    const { body: actor } = await get(t, `/users/${alice.name}`);
    verify(actor, [
      ["@context", (_, doc) => contexts(doc).includes("https://www.w3.org/ns/activitystreams"), "A supported_context?"],
      ["@context", (_, doc) => contexts(doc).includes("https://w3id.org/security/v1"), "D publicKey/owner/publicKeyPem terms"],
      ["@term:manuallyApprovesFollowers", has("as:manuallyApprovesFollowers"), "J as: extensions"],
      ["@term:toot", has("http://joinmastodon.org/ns#"), "J toot: namespace"],
      ["@term:discoverable", has("toot:discoverable"), "J"],
      ["@term:indexable", has("toot:indexable"), "J"],
      ["@term:featured", has({ "@id": "toot:featured", "@type": "@id" }), "J"],
      ["@term:schema", has("http://schema.org#"), "J (Mastodon's own, incorrect, mapping)"],
      ["@term:PropertyValue", has("schema:PropertyValue"), "J"],
      ["@term:value", has("schema:value"), "J"],
      ["id", has(aliceId()), "A fetch_resource: id = URL fetched"],
      ["type", (v) => ["Application", "Group", "Organization", "Person", "Service"].includes(v as string), "B SUPPORTED_TYPES"],
      ["preferredUsername", has(alice.name), "B required, and WebFinger acct: of it"],
      ["inbox", has(`${aliceId()}/inbox`), "C required (blank inbox: actor refused)"],
      ["outbox", url, "C outbox_url, statuses_count"],
      ["followers", url, "C followers_url (followers-only addressing), followers_count"],
      ["following", url, "C following_count"],
      ["featured", url, "C featured_collection_url (pinned posts)"],
      ["endpoints.sharedInbox", has(`${ORIGIN}/inbox`), "C shared_inbox_url"],
      ["publicKey.id", has(`${aliceId()}#main-key`), "D keyId"],
      ["publicKey.owner", has(aliceId()), "D owner = actor"],
      ["publicKey.publicKeyPem", (v) => str(v) && (v as string).startsWith("-----BEGIN PUBLIC KEY-----"), "C public_key"],
      ["url", (v) => url(v) && new URL(v as string).host === new URL(aliceId()).host, "C url (dropped if on another host)"],
      ["name", has("Alice"), "C display_name"],
      ["summary", (v) => str(v) && (v as string).includes("Down the rabbit hole"), "C note"],
      ["manuallyApprovesFollowers", has(true), "C locked"],
      ["discoverable", bool, "docs Profile federation: discoverable"],
      ["indexable", bool, "docs Profile federation: indexable"],
      ["published", date, "docs Profile federation: published"],
      ["icon.type", has("Image"), "C image_url('icon')"],
      ["icon.url", url, "C avatar_remote_url"],
      ["image.url", url, "C header_remote_url"],
      ["attachment.0", has(expect.objectContaining({ type: "PropertyValue", name: "Site", value: expect.stringContaining("https://wonderland.example") })), "C property_values"],
    ]);
  });

  // With a single profile field Fedify compacts `attachment` to an object, and Mastodon keeps
  // fields only from an array (process_account_service.rb #property_values:
  // `return unless @json['attachment'].is_a?(Array)`): mount.ts plainer() keeps them arrays.
  it("a single profile field is still an array", async () => {
    const form = new FormData();
    form.set("fields_attributes[0][name]", "Only");
    form.set("fields_attributes[0][value]", "one");
    await api(t, bob.token, "PATCH", "/api/v1/accounts/update_credentials", form);
    const { body: actor } = await get(t, `/users/${bob.name}`);
    expect(actor.attachment).toEqual([{ type: "PropertyValue", name: "Only", value: "one" }]);
  });

  it("a bot is a Service (Mastodon shows Service and Application as bots)", async () => {
    await api(t, bob.token, "PATCH", "/api/v1/accounts/update_credentials", { bot: true });
    verify((await get(t, `/users/${bob.name}`)).body, [["type", has("Service"), "B SUPPORTED_TYPES; docs: type Service/Application = bot"]]);
    await api(t, bob.token, "PATCH", "/api/v1/accounts/update_credentials", { bot: false });
  });
});

describe("Note", () => {
  it("a public post with mention, hashtag, attachment and CW, and a reply", async () => {
    const form = new FormData();
    form.set("file", await png(60, 40), "green.png");
    form.set("description", "A green rectangle");
    form.set("focus", "-0.5,0.25");
    const media = (await api(t, alice.token, "POST", "/api/v2/media", form)).body;
    const parent = (await api(t, bob.token, "POST", "/api/v1/statuses", { status: "Tea?", visibility: "public" })).body;
    const status = (await api(t, alice.token, "POST", "/api/v1/statuses", {
      status: `@${bob.name} yes please #TeaParty`, visibility: "public", spoiler_text: "tea talk", language: "en",
      media_ids: [media.id], in_reply_to_id: parent.id,
    })).body;
    const { body: note } = await get(t, status.uri);
    const bobId = `${ORIGIN}/users/${bob.name}`;
    verify(note, [
      ["@context", (_, doc) => contexts(doc).includes("https://www.w3.org/ns/activitystreams"), "A supported_context?"],
      ["@term:sensitive", has("as:sensitive"), "J as:sensitive"],
      ["@term:Hashtag", has("as:Hashtag"), "J as:Hashtag"],
      ["@term:toot", has("http://joinmastodon.org/ns#"), "J"],
      ["@term:blurhash", has("toot:blurhash"), "J, G blurhash"],
      ["@term:focalPoint", has({ "@container": "@list", "@id": "toot:focalPoint" }), "J, G focus"],
      ["id", has(status.uri), "A fetch_resource: id = URL fetched; E uri"],
      ["id", (v) => new URL(v as string).host === new URL(aliceId()).host, "F invalid_origin?: object on the actor's host"],
      ["type", has("Note"), "docs: Note and Question are first-class"],
      ["attributedTo", has(aliceId()), "F attributedTo must be the actor"],
      ["content", (v) => str(v) && (v as string).includes("#<span>TeaParty</span>"), "E text"],
      ["contentMap", has({ en: status.content }), "E language = first contentMap key"],
      ["summary", has("tea talk"), "E spoiler_text"],
      ["sensitive", has(true), "E sensitive"],
      ["published", (v) => Date.parse(v as string) === Date.parse(status.created_at), "E created_at"],
      ["url", has(status.url), "E url"],
      ["inReplyTo", has(parent.uri), "E reply / F thread"],
      ["to", has([PUBLIC]), "H public_collection?: full as:Public IRI, E visibility"],
      ["cc", (v) => Array.isArray(v) && v.includes(`${aliceId()}/followers`) && v.includes(bobId), "E visibility; mentioned actors addressed"],
      ["tag", (v) => expect(v).toContainEqual({ type: "Mention", href: bobId, name: `@${bob.name}@localhost:3000` }), "F process_mention (href)"],
      ["tag", (v) => expect(v).toContainEqual({ type: "Hashtag", href: `${ORIGIN}/tags/teaparty`, name: "#TeaParty" }), "F process_hashtag (name)"],
      ["attachment.0.type", (v) => ["Document", "Image"].includes(v as string), "G (any type with a url)"],
      ["attachment.0.mediaType", (v) => str(v) && (v as string).startsWith("image/"), "G file_content_type"],
      ["attachment.0.url", has(media.url), "G remote_url"],
      ["attachment.0.name", has("A green rectangle"), "G description (summary, else name)"],
      ["attachment.0.blurhash", has(media.blurhash), "G blurhash"],
      ["attachment.0.focalPoint", has([-0.5, 0.25]), "G focus"],
      ["attachment.0.width", has(60), "Mastodon's note_serializer emits width/height"],
      ["attachment.0.height", has(40), "Mastodon's note_serializer emits width/height"],
    ]);
  });

  it("a poll is a Question Mastodon can count", async () => {
    const status = (await api(t, alice.token, "POST", "/api/v1/statuses", { status: "Tea or coffee?", poll: { options: ["tea", "coffee"], expires_in: 600 } })).body;
    const { body: question } = await get(t, status.uri);
    verify(question, [
      ["type", has("Question"), "I"],
      ["@term:votersCount", (v) => expect(v).toMatchObject({ "@id": "toot:votersCount" }), "J toot:votersCount"],
      ["oneOf", (v) => expect(v).toEqual([
        { type: "Note", name: "tea", replies: { type: "Collection", totalItems: 0 } },
        { type: "Note", name: "coffee", replies: { type: "Collection", totalItems: 0 } },
      ]), "I options, replies.totalItems"],
      ["endTime", date, "I expires_at"],
      ["votersCount", has(0), "I voters_count"],
      ["attributedTo", has(aliceId()), "F"],
      ["to", has([PUBLIC]), "H"],
    ]);
  });
});

describe("collections", () => {
  it("outbox: an OrderedCollection with totalItems; its Creates match their Notes", async () => {
    const { body: outbox } = await get(t, `/users/${alice.name}/outbox`);
    verify(outbox, [
      ["type", has("OrderedCollection"), "C outbox_total_items (collection_total_items)"],
      ["totalItems", (v) => typeof v === "number" && v >= 2, "C statuses_count"],
      ["first", url, "GoToSocial/Mastodon page through `first`"],
    ]);
    const page = (await get(t, outbox.first)).body;
    const create = page.orderedItems.find((item: Json) => item.type === "Create");
    verify(create, [
      ["id", url, "F activity id"],
      ["actor", has(aliceId()), "F"],
      ["object.attributedTo", has(aliceId()), "F attributedTo = actor"],
      ["object.id", (v) => new URL(v as string).host === new URL(aliceId()).host, "F invalid_origin?"],
      ["to", (v, doc) => expect(v).toEqual(doc.object.to), "E audience from the object or the activity"],
    ]);
  });

  it("followers and following: totalItems (Mastodon's counts of a remote account)", async () => {
    for (const name of ["followers", "following"]) {
      verify((await get(t, `/users/${alice.name}/${name}`)).body, [
        ["type", has("OrderedCollection"), "C collection_total_items"],
        ["totalItems", (v) => typeof v === "number", `C ${name}_count`],
        ["id", has(`${aliceId()}/${name}`), "A fetch_resource id check"],
      ]);
    }
  });
});
