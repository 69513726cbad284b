// What federation fetches is bounded: an actor document over the size cap, or a server that
// never answers, makes the lookup fail quickly and cleanly (search answers, nothing stored);
// a normal document under the same limits is found (so the refusals mean something).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { setOutboundDefaults, type OutboundLimits } from "../../src/activitypub/public-fetch.js";
import { api } from "../support/activitypub.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { signUp, type Person } from "../support/world.js";

let t: TestApp;
let me: Person;
let server: Server;
let base = "";
let previous: OutboundLimits;

const actor = (name: string, summary: string) => ({
  "@context": "https://www.w3.org/ns/activitystreams",
  id: `${base}/users/${name}`,
  type: "Person",
  preferredUsername: name,
  summary,
  inbox: `${base}/users/${name}/inbox`,
});

beforeAll(async () => {
  previous = setOutboundDefaults({ timeoutMs: 1500, maxBytes: 64 * 1024 });
  server = createServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/users/huge") {
      res.writeHead(200, { "content-type": "application/activity+json" });
      // No content-length: the cap must hold on the stream itself.
      res.write(JSON.stringify(actor("huge", "x".repeat(200 * 1024))));
      res.end();
    } else if (path === "/users/silent") {
      res.writeHead(200, { "content-type": "application/activity+json" });
      res.write("{"); // and then nothing, ever
    } else if (path === "/users/fine") {
      res.writeHead(200, { "content-type": "application/activity+json" });
      res.end(JSON.stringify(actor("fine", "a normal bio")));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await startTestApp({ ALLOW_PRIVATE_NETWORK: "true" });
  me = await signUp(t, "searcher");
});
afterAll(async () => {
  setOutboundDefaults(previous);
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t?.close();
});

const search = (url: string) => api(t, me.token, "GET", `/api/v2/search?resolve=true&type=accounts&q=${encodeURIComponent(url)}`);

it("refuses a document over the size cap and a server that never answers", async () => {
  for (const name of ["huge", "silent"]) {
    const started = Date.now();
    const found = await search(`${base}/users/${name}`);
    expect(found.status).toBe(200);
    expect(found.body.accounts).toEqual([]);
    expect(Date.now() - started).toBeLessThan(10_000);
  }
  expect(await t.app.deps.db.account.count({ where: { domain: new URL(base).host } })).toBe(0);
  // Under the same limits a normal actor is found.
  const fine = await search(`${base}/users/fine`);
  expect(fine.body.accounts.map((a: { username: string }) => a.username)).toEqual(["fine"]);
});
