// Deliveries are durable: a Follow sent while the other server is down waits in the job
// queue (retried with backoff), survives a restart of the sending server, and arrives once
// the other server is back.
import { afterAll, expect, it } from "vitest";
import { api } from "../support/activitypub.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { freePort } from "../support/server-process.js";
import { signUp } from "../support/world.js";
import { eventually } from "../support/eventually.js";

const running: TestApp[] = [];
afterAll(() => Promise.all(running.map((t) => t.close())));

/** A server on `port` (the same address and database again after a restart). */
async function serve(port: number, databaseUrl?: string) {
  const t = await startTestApp(
    { PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, ALLOW_PRIVATE_NETWORK: "true" },
    databaseUrl ? { databaseUrl } : {},
  );
  await t.app.listen();
  running.push(t);
  return t;
}

async function stop(t: TestApp) {
  running.splice(running.indexOf(t), 1);
  await t.app.stop();
}

it("a Follow sent while the other server is down arrives after both restart", async () => {
  const [portA, portB] = [await freePort(), await freePort()];
  let a = await serve(portA);
  let b = await serve(portB);
  const alice = await signUp(a, "alice");
  const bob = await signUp(b, "bob");
  const found = await api(a, alice.token, "GET", `/api/v2/search?resolve=true&type=accounts&q=${bob.name}@127.0.0.1:${portB}`);
  const remoteBob = found.body.accounts[0];

  await stop(b);
  await api(a, alice.token, "POST", `/api/v1/accounts/${remoteBob.id}/follow`);
  // The delivery failed and waits for its retry.
  const pending = async () =>
    (await a.app.deps.pool.query<{ attempts: number; last_error: string | null }>("SELECT attempts, last_error FROM jobs WHERE failed_at IS NULL")).rows;
  await eventually(async () => (await pending()).some((job) => job.attempts >= 1 && job.last_error !== null), "a failed delivery");

  // Both servers restart on their databases; the retry is due now instead of in a few seconds.
  await stop(a);
  a = await serve(portA, a.databaseUrl);
  b = await serve(portB, b.databaseUrl);
  await a.app.deps.pool.query("UPDATE jobs SET run_at = now() WHERE failed_at IS NULL");

  await eventually(async () => (await api(b, bob.token, "GET", `/api/v1/accounts/${bob.snowflake}`)).body.followers_count === 1, "the follow on B");
  await eventually(async () => (await pending()).length === 0, "the delivery job done");
  expect(await b.app.deps.db.follow.count()).toBe(1);
});
