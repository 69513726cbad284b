// Garbage at the federation endpoints: odd paths, cursors, resources, methods and Accept
// headers get 4xx answers, never a 500, and never someone's data by accident.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get } from "../support/activitypub.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { signUp, type Person } from "../support/world.js";

let t: TestApp;
let alice: Person;

beforeAll(async () => {
  t = await startTestApp();
  alice = await signUp(t, "alice");
});
afterAll(() => t.close());

describe("bad input", () => {
  it("odd paths, cursors and resources answer 4xx under any Accept", async () => {
    const me = `/users/${alice.name}`;
    const paths = [
      "/users/", "/users//outbox", `${me}/statuses/`, "/users/%ZZ", "/users/a%2Fb", "/users/..%2F..%2Fetc",
      `${me}/statuses/-1`, `${me}/statuses/1/activity`, `${me}/statuses/${"1".repeat(30)}`,
      `${me}/outbox?cursor=%FF`, `${me}/outbox?cursor=`, `${me}/outbox?cursor=1e9`, `${me}/followers?cursor=first%00`,
      `${me}/collections/featured?cursor=1`, `${me}/inbox`, "/inbox",
      "/.well-known/webfinger?resource=acct:%00@localhost:3000", "/.well-known/webfinger?resource=http://[::1",
      "/.well-known/webfinger?resource=https://localhost:3000/users/", "/.well-known/webfinger?resource=acct:%40@localhost:3000",
    ];
    for (const path of paths) {
      for (const accept of ["application/activity+json", "text/html", null, "application/ld+json; profile=\"x\"", "garbage/;;;"]) {
        const answer = await get(t, path, accept);
        expect(answer.status, `${accept} ${path}`).toBeGreaterThanOrEqual(400);
        expect(answer.status, `${accept} ${path}`).toBeLessThan(500);
      }
    }
  });

  it("only inboxes take POSTs: an actor or collection does not answer one with its document", async () => {
    for (const path of [`/users/${alice.name}`, `/users/${alice.name}/outbox`, "/actor"]) {
      const response = await t.app.fetch(
        new Request(`http://localhost:3000${path}`, {
          method: "POST",
          headers: { "content-type": "application/activity+json", accept: "application/activity+json" },
          body: JSON.stringify({ type: "Follow" }),
        }),
      );
      expect(response.status, path).toBe(404);
    }
  });
});
