// Outbound fetches: Fedify's document loader refuses loopback and private addresses
// unless ALLOW_PRIVATE_NETWORK is set, and what it fetches is cached in our key-value store.
// Two real servers on loopback: "here" fetches from "there".
import { Person } from "@fedify/vocab";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newFederationData } from "../../src/activitypub/context.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { freePort } from "../support/server-process.js";
import { signUp, type Person as TestPerson } from "../support/world.js";

let there: TestApp;
let thereUrl: string;
let alice: TestPerson;
const apps: TestApp[] = [];

beforeAll(async () => {
  const port = await freePort();
  there = await startTestApp({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` });
  apps.push(there);
  thereUrl = `http://127.0.0.1:${await there.app.listen()}`;
  alice = await signUp(there, "alice");
});
afterAll(() => Promise.all(apps.map((app) => app.close())));

async function server(env: Record<string, string>) {
  const app = await startTestApp(env);
  apps.push(app);
  return app;
}

const contextOf = (t: TestApp) =>
  t.app.activityPub.federation.createContext(new URL(t.app.config.publicUrl), newFederationData(t.app.deps));

describe("outbound fetches", () => {
  it("refuse loopback and private addresses by default", async () => {
    const here = await server({});
    expect(here.app.config.allowPrivateNetwork).toBe(false);
    const ctx = contextOf(here);
    // A name that resolves to loopback is refused too: the check is on the address DNS gives.
    const byName = thereUrl.replace("127.0.0.1", "localhost");
    for (const url of [
      `${thereUrl}/users/${alice.name}`, `${byName}/users/${alice.name}`, "http://10.0.0.1/users/x", "http://192.168.1.1/x",
      "http://169.254.169.254/latest", "http://[::1]/x", "http://[fd00::1]/x", "http://224.0.0.1/x",
    ]) {
      await expect(ctx.documentLoader(url), url).rejects.toThrow();
    }
    expect(await ctx.lookupObject(`${thereUrl}/users/${alice.name}`)).toBeNull();
  });

  it("reach another server on this machine with ALLOW_PRIVATE_NETWORK=true, and cache what they fetched", async () => {
    const here = await server({ ALLOW_PRIVATE_NETWORK: "true" });
    const ctx = contextOf(here);
    const actor = await ctx.lookupObject(`${thereUrl}/users/${alice.name}`);
    expect(actor).toBeInstanceOf(Person);
    expect((actor as Person).preferredUsername).toBe(alice.name);
    expect((actor as Person).id?.href).toBe(`${thereUrl}/users/${alice.name}`);
    const key = await (actor as Person).getPublicKey();
    expect(key?.id?.href).toBe(`${thereUrl}/users/${alice.name}#main-key`);

    const { rows } = await here.app.deps.pool.query<{ key: string }>("SELECT key FROM fedify_kv");
    expect(rows.map((row) => JSON.parse(row.key))).toContainEqual(["_fedify", "remoteDocument", `${thereUrl}/users/${alice.name}`]);
  });
});
