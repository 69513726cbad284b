// Helpers for the federation benchmarks (inbox.ts, delivery.ts): a small fresh database of
// their own (they need no seeded world), local accounts made as the seed makes them, RSA
// keys and actor documents for the mock remote servers, and the document loaders a mock
// uses to verify our signatures (Fedify's preloaded JSON-LD contexts; our actors fetched
// once from the server under test, since PUBLIC_URL is not reachable).
import { preloadedContexts, type DocumentLoader } from "@fedify/vocab-runtime";
import type { KeyCache } from "@fedify/fedify";
import { createHash, KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import type { BenchConfig } from "./config.js";
import { createDatabase, dropDatabase, withClient } from "./pg.js";

export const PUBLIC_ORIGIN = "http://bench.test";
export const AS_PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

export interface FedDb {
  name: string;
  url: string;
  cleanup(): Promise<void>;
}

/**
 * A fresh, migrated, empty database (dropped by cleanup() unless BENCH_KEEP=1).
 * BENCH_FED_SETUP_SQL, when set, runs on it after the migrations: to try a schema change
 * (an index, say) before it becomes a migration.
 */
export async function federationDb(config: BenchConfig, label: string, log: (line: string) => void = console.log): Promise<FedDb> {
  const name = `fedigraph_bench_${label}_${Date.now().toString(36)}_${process.pid}`;
  const url = await createDatabase(config.adminUrl, name);
  log(`  database ${name}`);
  const setup = process.env.BENCH_FED_SETUP_SQL;
  if (setup) {
    await withClient(url, (client) => client.query(setup));
    log(`  ran BENCH_FED_SETUP_SQL: ${setup}`);
  }
  return {
    name,
    url,
    async cleanup() {
      if (config.keep) return log(`  kept database ${name} (BENCH_KEEP=1)`);
      await dropDatabase(config.adminUrl, name);
    },
  };
}

export interface LocalAccount {
  id: string;
  username: string;
  uri: string;
  token: string;
}

let localSeq = 0;

/** A local account with active credentials and a read/write token, as seed.ts makes them. */
export async function insertLocalAccount(url: string, username: string): Promise<LocalAccount> {
  const id = ((BigInt(Date.now()) << 16n) | BigInt(++localSeq & 0xffff)).toString();
  const token = `bench-fed-${username}-${id}`;
  const uri = `${PUBLIC_ORIGIN}/users/${username}`;
  await withClient(url, async (client) => {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO accounts (id, username, handle_key, display_name, uri, url, inbox_url, shared_inbox_url, outbox_url, followers_url)
       VALUES ($1, $2, lower($2) || '@', $2, $3, $4, $3 || '/inbox', $5, $3 || '/outbox', $3 || '/followers')`,
      [id, username, uri, `${PUBLIC_ORIGIN}/@${username}`, `${PUBLIC_ORIGIN}/inbox`],
    );
    await client.query(
      `INSERT INTO credentials (account_id, email, password_hash, approved, confirmed_at, last_active_at)
       VALUES ($1, $2 || '@bench.test', '$argon2id$v=19$m=19456,t=2,p=1$YmVuY2hzYWx0$bm90LWEtcmVhbC1oYXNo', true, now(), now())`,
      [id, username],
    );
    await client.query(
      `INSERT INTO access_tokens (id, token_hash, account_id, scopes) VALUES ($1, $2, $1, '{read,write,follow,push}')`,
      [id, createHash("sha256").update(token).digest("hex")],
    );
    await client.query("COMMIT");
  });
  return { id, username, uri, token };
}

/** An RSA-2048 key pair (what Mastodon uses; Fedify's own generator makes 4096-bit ones). */
export async function rsaKeyPair(): Promise<{ privateKey: CryptoKey; publicKeyPem: string }> {
  const pair = await crypto.subtle.generateKey(
    { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
    true,
    ["sign", "verify"],
  );
  const publicKeyPem = KeyObject.from(pair.publicKey).export({ type: "spki", format: "pem" }).toString();
  return { privateKey: pair.privateKey, publicKeyPem };
}

/** A Mastodon-shaped Person with its RSA key at #main-key. */
export function actorDocument(uri: string, username: string, publicKeyPem: string, sharedInbox: string | null) {
  return {
    "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
    id: uri,
    type: "Person",
    preferredUsername: username,
    name: `Remote ${username}`,
    summary: "<p>A benchmark actor on a mock server</p>",
    url: uri,
    inbox: `${uri}/inbox`,
    outbox: `${uri}/outbox`,
    followers: `${uri}/followers`,
    following: `${uri}/following`,
    manuallyApprovesFollowers: false,
    ...(sharedInbox ? { endpoints: { sharedInbox } } : {}),
    publicKey: { id: `${uri}#main-key`, owner: uri, publicKeyPem },
  };
}

/** JSON-LD contexts from Fedify's preloaded set; anything else is refused (no network here). */
export const contextLoader: DocumentLoader = async (url) => {
  const document = preloadedContexts[url];
  if (document === undefined) throw new Error(`no preloaded JSON-LD context for ${url}`);
  return { contextUrl: null, documentUrl: url, document };
};

/**
 * Documents of our server (PUBLIC_ORIGIN) fetched from where it really listens, each once;
 * contexts from the preloaded set. What a mock remote server uses to find our keys.
 */
export function serverDocumentLoader(serverUrl: string, onFetch: () => void = () => undefined): DocumentLoader {
  const cache = new Map<string, Promise<unknown>>();
  return async (url) => {
    if (url in preloadedContexts) return contextLoader(url);
    const target = new URL(url);
    if (target.origin !== PUBLIC_ORIGIN) throw new Error(`not ours: ${url}`);
    const key = `${target.pathname}${target.search}`;
    let loading = cache.get(key);
    if (!loading) {
      onFetch();
      loading = fetch(`${serverUrl}${key}`, { headers: { accept: "application/activity+json" } }).then(async (response) => {
        if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
        return response.json();
      });
      cache.set(key, loading);
      loading.catch(() => cache.delete(key));
    }
    return { contextUrl: null, documentUrl: url, document: await loading };
  };
}

/** Fedify's key cache in memory: each key is fetched once. */
export function memoryKeyCache(): KeyCache {
  const keys = new Map<string, Awaited<ReturnType<KeyCache["get"]>>>();
  return {
    get: async (keyId) => keys.get(keyId.href),
    set: async (keyId, key) => void keys.set(keyId.href, key),
  };
}

const TICKS = 100;
/** CPU seconds (user + system) this process has used. */
export const selfCpuSeconds = () => {
  const usage = process.cpuUsage();
  return Math.round(((usage.user + usage.system) / 1e6) * TICKS) / TICKS;
};

/**
 * A statistical profile of PostgreSQL time: every `everyMs`, which statements this
 * database's other backends are running (state 'active'). stop() gives each statement's
 * share of the active samples (normalised: whitespace squeezed, first 120 characters).
 */
export function sampleStatements(client: import("pg").Client, database: string, self: number, everyMs = 20) {
  const counts = new Map<string, number>();
  let samples = 0;
  let active = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const { rows } = await client.query<{ query: string; wait: string | null }>(
        `SELECT query, wait_event_type || ':' || wait_event AS wait FROM pg_stat_activity
         WHERE datname = $1 AND pid <> $2 AND state = 'active' AND backend_type = 'client backend'`,
        [database, self],
      );
      samples++;
      for (const row of rows) {
        active++;
        const key = `${row.wait ? `[${row.wait}] ` : ""}${row.query.replace(/\s+/g, " ").trim().slice(0, 120)}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return async (top = 8) => {
    stopped = true;
    await loop;
    return {
      samples,
      meanActiveBackends: samples ? Math.round((active / samples) * 100) / 100 : 0,
      top: [...counts].sort((a, b) => b[1] - a[1]).slice(0, top).map(([statement, n]) => ({ share: Math.round((n / Math.max(1, active)) * 1000) / 10, statement })),
    };
  };
}

/** The 1-, 5- and 15-minute load averages now ("" off Linux): the machine is shared. */
export function loadAverage(): string {
  try {
    return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  } catch {
    return "";
  }
}
