// The floor for a signed inbox POST on this machine (the baseline inbox.ts reruns in the
// same run, as the harness rules ask): a bare node:http server that does only what the
// acceptance names, on the same database, for the same pre-signed requests: read the body,
// check Date and Digest, verify the draft-cavage signature with a cached KeyObject
// (node:crypto), check that the key belongs to the activity's actor, then one SQL statement
// that records the signature (the replay guard's fedify_kv row) and queues the activity
// (a `jobs` row, committed with the usual synchronous commit) before answering 202. No
// JSON-LD, no Fedify, no idempotence record; its jobs go to a queue of their own
// (`bench_floor`) that no worker takes.
//
// Run by inbox.ts: node --import tsx test/bench/inbox-floor.ts <database url> <port> <keys.json>
// where keys.json maps each keyId to { owner, publicKeyPem }.
import { createHash, createPublicKey, verify, type KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";
import pg from "pg";

export const FLOOR_QUEUE = "bench_floor";
const WINDOW_MS = 60 * 60_000;

const ENQUEUE = {
  name: "bench_floor_enqueue",
  text: `WITH mark AS (
           INSERT INTO fedify_kv (key, value, expires_at) VALUES ($1, 'true', now() + interval '2 hours')
           ON CONFLICT (key) DO NOTHING RETURNING 1)
         INSERT INTO jobs (queue, payload) SELECT '${FLOOR_QUEUE}', $2::jsonb FROM mark RETURNING id`,
};

function main() {
  const [databaseUrl, port, keysFile] = process.argv.slice(2);
  const keys = new Map<string, { key: KeyObject; owner: string }>();
  const entries = JSON.parse(readFileSync(keysFile!, "utf8")) as Record<string, { owner: string; publicKeyPem: string }>;
  for (const [keyId, { owner, publicKeyPem }] of Object.entries(entries)) keys.set(keyId, { key: createPublicKey(publicKeyPem), owner });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
  const refused = new Map<string, number>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const refuse = (status: number, why: string) => {
        refused.set(why, (refused.get(why) ?? 0) + 1);
        res.writeHead(status).end();
      };
      if (req.method !== "POST" || req.url !== "/inbox") return refuse(404, "path");
      const body = Buffer.concat(chunks);
      const h = req.headers;
      const params = Object.fromEntries([...String(h.signature ?? "").matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
      const entry = keys.get(params.keyId ?? "");
      if (!entry) return refuse(401, "unknown key");
      if (!(Math.abs(Date.parse(String(h.date)) - Date.now()) <= WINDOW_MS)) return refuse(401, "date");
      if (h.digest !== `SHA-256=${createHash("sha256").update(body).digest("base64")}`) return refuse(401, "digest");
      const covered = (params.headers ?? "").split(" ");
      if (!["(request-target)", "host", "date", "digest"].every((name) => covered.includes(name))) return refuse(401, "headers");
      const signingString = covered
        .map((name) => (name === "(request-target)" ? `(request-target): post ${req.url}` : `${name}: ${String(h[name] ?? "").trim()}`))
        .join("\n");
      const signature = Buffer.from(params.signature ?? "", "base64");
      if (!verify("sha256", Buffer.from(signingString), entry.key, signature)) return refuse(401, "signature");
      let activity: { actor?: unknown };
      try {
        activity = JSON.parse(body.toString("utf8")) as { actor?: unknown };
      } catch {
        return refuse(400, "json");
      }
      if (activity.actor !== entry.owner) return refuse(401, "actor");
      const mark = JSON.stringify(["fedigraph", "inbox-signature", createHash("sha256").update(signature).digest("base64url")]);
      pool.query({ ...ENQUEUE, values: [mark, JSON.stringify({ type: "inbox", activity, identifier: null })] }).then(
        (result) => (result.rowCount ? res.writeHead(202).end() : refuse(401, "replay")),
        () => refuse(500, "database"),
      );
    });
  });
  server.listen(Number(port), "127.0.0.1", () => process.send?.({ type: "ready" }));
  process.on("message", (message: { type?: string }) => {
    if (message.type === "stop") {
      process.send?.({ type: "refused", refused: Object.fromEntries(refused) });
      server.close();
      void pool.end().finally(() => process.exit(0));
    }
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
