// What the inbox refuses although the signature is good: a post attributed to someone else,
// a post whose id lives on another server, a Delete of another server's post, a post nobody
// here follows or is addressed by, and a profile Update of someone else. The activities are signed and sent by a real second
// instance (its Fedify context, as its own user).
import { Create, Delete, Note, Person as APPerson, PUBLIC_COLLECTION, Update, type Activity } from "@fedify/vocab";
import { afterAll, beforeAll, expect, it } from "vitest";
import { newFederationData } from "../../src/activitypub/context.js";
import { upsertRemoteAccount } from "../../src/services/accounts/remote.js";
import { api } from "../support/activitypub.js";
import { startFederatingPair, type TestApp } from "../support/app.js";
import { signUp, type Person } from "../support/world.js";

let a: TestApp;
let b: TestApp;
let alice: Person;
let bob: Person;

beforeAll(async () => {
  [a, b] = await startFederatingPair();
  alice = await signUp(a, "alice");
  bob = await signUp(b, "bob");
});
afterAll(() => Promise.all([a?.close(), b?.close()]));

const actorUri = (t: TestApp, who: Person) => new URL(`${t.app.config.publicUrl}/users/${who.name}`);

/** alice on A sends `activity` straight to bob's inbox on B, signed; then B's queue runs dry. */
async function sendToBob(activity: Activity) {
  const ctx = a.app.activityPub.federation.createContext(new URL(a.app.config.publicUrl), newFederationData(a.app.deps));
  const recipient = { id: actorUri(b, bob), inboxId: new URL(`${actorUri(b, bob).href}/inbox`) };
  await ctx.sendActivity({ identifier: alice.name }, recipient, activity, { immediate: true });
  const until = Date.now() + 10_000;
  while ((await b.app.deps.db.job.count({ where: { failedAt: null } })) > 0) {
    if (Date.now() > until) throw new Error(`B's queue did not run dry: ${JSON.stringify((await b.app.deps.pool.query("SELECT attempts, last_error, payload FROM jobs")).rows).slice(0, 1000)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const remoteStatuses = () => b.app.deps.db.status.count({ where: { local: false } });

it("refuses posts attributed to someone else, with an id on another server, or wanted by nobody", async () => {
  const me = actorUri(a, alice);
  const note = (id: string, attributedTo: URL, extra: Partial<ConstructorParameters<typeof Note>[0]> = {}) =>
    new Note({ id: new URL(id), attribution: attributedTo, content: "hi", tos: [PUBLIC_COLLECTION], ...extra });
  const create = (object: Note, n: number) =>
    new Create({ id: new URL(`${me.href}#create-${n}`), actor: me, object, tos: [PUBLIC_COLLECTION] });

  // attributed to bob, sent by alice
  await sendToBob(create(note(`${me.href}/statuses/1`, actorUri(b, bob), { ccs: [actorUri(b, bob)] }), 1));
  // alice's, but its id is on B
  await sendToBob(create(note(`${b.app.config.publicUrl}/users/${bob.name}/statuses/2`, me, { ccs: [actorUri(b, bob)] }), 2));
  // alice's own, but nobody on B follows her and it is addressed to no one there
  await sendToBob(create(note(`${me.href}/statuses/3`, me), 3));
  expect(await remoteStatuses()).toBe(0);

  // The same post addressed to bob is stored, as alice's.
  await sendToBob(create(note(`${me.href}/statuses/4`, me, { ccs: [actorUri(b, bob)] }), 4));
  expect(await remoteStatuses()).toBe(1);
  const stored = await b.app.deps.db.status.findFirstOrThrow({ where: { local: false }, include: { account: true } });
  expect(stored.account.uri).toBe(me.href);
});

it("refuses a Delete of another server's post", async () => {
  const posted = (await api(b, bob.token, "POST", "/api/v1/statuses", { status: "mine", visibility: "public" })).body;
  const me = actorUri(a, alice);
  await sendToBob(new Delete({ id: new URL(`${me.href}#delete-1`), actor: me, object: new URL(posted.uri), tos: [PUBLIC_COLLECTION] }));
  expect((await b.app.deps.db.status.findUniqueOrThrow({ where: { uri: posted.uri } })).deletedAt).toBeNull();
});

it("takes a profile Update from the actor itself only", async () => {
  const me = actorUri(a, alice);
  const known = await b.app.deps.db.account.findUniqueOrThrow({ where: { uri: me.href } }); // from the post above
  const renamed = new APPerson({ id: me, preferredUsername: alice.name, name: "Alice Elsewhere", inbox: new URL(`${me.href}/inbox`) });
  await sendToBob(new Update({ id: new URL(`${me.href}#update-1`), actor: me, object: renamed, tos: [PUBLIC_COLLECTION] }));
  expect((await b.app.deps.db.account.findUniqueOrThrow({ where: { id: known.id } })).displayName).toBe("Alice Elsewhere");
  // alice cannot update bob
  const bobActor = new APPerson({ id: actorUri(b, bob), preferredUsername: bob.name, name: "Hijacked", inbox: new URL(`${actorUri(b, bob).href}/inbox`) });
  await sendToBob(new Update({ id: new URL(`${me.href}#update-2`), actor: me, object: bobActor, tos: [PUBLIC_COLLECTION] }));
  expect((await b.app.deps.db.account.findUniqueOrThrow({ where: { uri: actorUri(b, bob).href } })).displayName).not.toBe("Hijacked");
});

it("a handle whose actor URI changed keeps its one account, at the new URI", async () => {
  const input = {
    username: "zed", domain: "gone.example", url: null, displayName: "", noteHtml: "", inboxUrl: "https://gone.example/inbox",
    sharedInboxUrl: null, outboxUrl: null, followersUrl: null, publicKeyPem: null, avatarUrl: null, headerUrl: null,
    locked: false, bot: false, discoverable: false, createdAt: null,
  };
  const first = await upsertRemoteAccount(b.app.deps, { ...input, uri: "https://gone.example/users/zed" });
  const again = await upsertRemoteAccount(b.app.deps, { ...input, uri: "https://gone.example/ap/users/1" });
  expect(again!.id).toBe(first!.id);
  expect(again!.uri).toBe("https://gone.example/ap/users/1");
  expect(await b.app.deps.db.account.count({ where: { domain: "gone.example" } })).toBe(1);
});
