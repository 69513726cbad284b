// Web and worker processes apart: server A answers HTTP with PROCESS_JOBS=false, so the
// activities its inbox accepts wait in the jobs table until a `fedigraph worker` process (a
// real child, same database and PUBLIC_URL) runs them. The worker's CLI refuses to run on
// the embedded database.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { api } from "../support/activitypub.js";
import { startListeningApp, type TestApp } from "../support/app.js";
import { runCli, startServer, type ServerProcess } from "../support/server-process.js";
import { signUp } from "../support/world.js";

let a: TestApp;
let b: TestApp;
let worker: ServerProcess | undefined;

beforeAll(async () => {
  const started = await Promise.all([
    startListeningApp({ ALLOW_PRIVATE_NETWORK: "true", PROCESS_JOBS: "false" }),
    startListeningApp({ ALLOW_PRIVATE_NETWORK: "true" }),
  ]);
  [a, b] = started.map((s) => s.t) as [TestApp, TestApp];
});
afterAll(async () => {
  worker?.child.kill("SIGTERM");
  await worker?.exited;
  await Promise.all([a?.close(), b?.close()]);
  for (const dir of [`/tmp/fedigraph-worker-${process.pid}`, `/tmp/fedigraph-worker-none-${process.pid}`]) rmSync(dir, { recursive: true, force: true });
});

it("inbox work waits for the worker process, which then runs it", async () => {
  const alice = await signUp(a, "alice");
  const bob = await signUp(b, "bob");
  const handle = `${alice.name}@${new URL(a.app.config.publicUrl).host}`;
  const remote = (await api(b, bob.token, "GET", `/api/v2/search?resolve=true&type=accounts&q=${encodeURIComponent(handle)}`)).body.accounts[0];
  await api(b, bob.token, "POST", `/api/v1/accounts/${remote.id}/follow`);

  // B delivered the Follow; A accepted it into its queue and leaves it there.
  const until = Date.now() + 10_000;
  while ((await a.app.deps.db.job.count()) === 0) {
    if (Date.now() > until) throw new Error("the Follow never reached A's queue");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(await a.app.deps.db.follow.count()).toBe(0);
  expect(await a.app.deps.db.job.count({ where: { attempts: 0 } })).toBeGreaterThan(0);

  worker = await startServer(
    { DATABASE_URL: a.databaseUrl, PUBLIC_URL: a.app.config.publicUrl, ALLOW_PRIVATE_NETWORK: "true", DATA_DIR: `/tmp/fedigraph-worker-${process.pid}` },
    ["worker"],
    "worker running queued jobs",
  );
  const done = Date.now() + 20_000;
  while ((await a.app.deps.db.follow.count({ where: { targetAccountId: BigInt(alice.snowflake) } })) === 0) {
    if (Date.now() > done) throw new Error(`the worker did not run the Follow:\n${worker.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // The worker also delivered A's Accept (and A's web process never ran a job).
  const accepted = Date.now() + 20_000;
  while ((await a.app.deps.db.job.count()) > 0 || (await b.app.deps.db.job.count()) > 0) {
    if (Date.now() > accepted) throw new Error(`queues did not run dry:\n${worker.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect((await api(b, bob.token, "GET", `/api/v1/accounts/relationships?id[]=${remote.id}`)).body[0].following).toBe(true);
});

it("refuses to start without DATABASE_URL", async () => {
  const result = await runCli({ DATA_DIR: `/tmp/fedigraph-worker-none-${process.pid}` }, ["worker"]);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain("DATABASE_URL must be set for `worker`");
});
