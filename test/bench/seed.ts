// Seeds a benchmark world with set-based SQL (generate_series), straight into a migrated
// database, shaped as the server would have left it:
//   accounts 1..users           regular users, ~followsPerUser skewed follows each (low numbers are popular)
//   accounts users+1..+C        synthetic followers of "celebrity" (C = celebrityFollowers)
//   "celebrity"                 followed by the C synthetic accounts (fan-out benchmark)
//   "herald_<n>" per size n     followed by accounts 1..n (subscription benchmark)
// Every account has active credentials and the access token "bench-<n>". Statuses are spread
// over `spanDays` with snowflake ids ((ms << 16) | seq); 1 in `reblogEvery` is a boost.
// home_feed holds each regular user's newest `feedSize` entries from the people they follow
// and themselves, as fan-out would have made it. Some favourites and bookmarks.
//
// Standalone: `tsx test/bench/seed.ts [database]` creates (if needed), migrates and seeds a
// database and keeps it, for BENCH_DB=<database> runs.
import pg from "pg";
import { pathToFileURL } from "node:url";
import { loadConfig, TOKEN_PREFIX, type WorldParams } from "./lib/config.js";
import { createDatabase, databaseExists, databaseUrl, migrateDatabase, withClient } from "./lib/pg.js";

export const ORIGIN = "http://bench.test";
const DAY_MS = 86_400_000;
/** statuses taken per followed account when building a feed (enough for an exact top 400 here) */
const PER_AUTHOR = 16;
const BULK_TABLES = ["accounts", "credentials", "access_tokens", "follows", "statuses", "home_feed", "favourites", "bookmarks"];
const LATE_TABLES = new Set(["home_feed", "favourites", "bookmarks"]);
const WORDS = `ARRAY['cats', 'coffee', 'rust', 'graphql', 'postgres', 'music', 'weather', 'trains', 'books', 'gardens', 'bikes', 'tea']`;

export interface WorldMeta {
  params: WorldParams;
  seededAt: string;
  seedSeconds: number;
  steps: Record<string, number>;
  counts: Record<string, number>;
  /** account number -> token is benchToken(n); these are the special accounts */
  celebrity: { n: number; id: string; followers: number };
  heralds: { size: number; n: number; id: string }[];
  /** the regular users are accounts 1..users */
  users: number;
}

type Log = (line: string) => void;

async function session(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // Bulk load: no FK triggers (we insert consistent data), no waiting for WAL flushes.
  await client.query(`SET session_replication_role = replica; SET synchronous_commit = off;
    SET maintenance_work_mem = '512MB'; SET work_mem = '128MB'; SET TimeZone = 'UTC'`);
  return client;
}

export async function seedWorld(url: string, p: WorldParams, log: Log = console.log): Promise<WorldMeta> {
  const started = performance.now();
  const steps: Record<string, number> = {};
  const [a, b] = [await session(url), await session(url)];
  const step = async (name: string, fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    steps[name] = Math.round(performance.now() - t0) / 1000;
    log(`  seed: ${name.padEnd(28)} ${steps[name]!.toFixed(1).padStart(6)} s`);
  };
  try {
    const now = Date.now();
    const T0 = now - 60 * DAY_MS; // accounts, follows, tokens: ms part of their snowflakes
    const span = p.spanDays * DAY_MS;
    const stepMs = Math.max(1, Math.floor(span / Math.max(1, p.statuses)));
    const T1 = now - 3_600_000 - stepMs * p.statuses; // statuses: status g at T1 + g * stepMs
    const U = p.users;
    const C = p.celebrityFollowers;
    const celebrityN = U + C + 1;
    const heralds = p.heraldSizes.map((size, k) => ({ size, n: celebrityN + 1 + k }));
    const total = celebrityN + heralds.length;
    const acct = (n: string) => `((${T0}::bigint + ${n}) << 16)`;
    const sid = (g: string) => `(((${T1}::bigint + ${g}::bigint * ${stepMs}) << 16) | (${g}::bigint & 65535))`;
    const nowSql = `(now() AT TIME ZONE 'UTC')`;

    const { rows: indexes } = await a.query<{ name: string; table: string; def: string }>(
      `SELECT i.indexname AS name, i.tablename AS table, i.indexdef AS def FROM pg_indexes i
       WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                         WHERE c.conindid = format('%I', i.indexname)::regclass AND c.contype IN ('p', 'u', 'x'))`,
      [BULK_TABLES],
    );
    const { rows: existing } = await a.query<{ n: string }>("SELECT count(*) AS n FROM accounts");
    if (Number(existing[0]!.n) > 0) throw new Error("the database already has accounts; seed a fresh one");

    await step("drop secondary indexes", async () => {
      for (const index of indexes) await a.query(`DROP INDEX "${index.name}"`);
      await a.query("CREATE SEQUENCE IF NOT EXISTS bench_seq");
    });

    await step("accounts + credentials", async () => {
      const names = `CASE WHEN n <= ${U + C} THEN 'user' || n WHEN n = ${celebrityN} THEN 'celebrity'
        ${heralds.map((h) => `WHEN n = ${h.n} THEN 'herald_${h.size}'`).join(" ")} END`;
      await a.query(`
        INSERT INTO accounts (id, username, handle_key, display_name, note_html, uri, url, inbox_url, shared_inbox_url,
                              outbox_url, followers_url, created_at, updated_at)
        SELECT ${acct("n")}, name, lower(name) || '@', 'Bench ' || initcap(name), '<p>Benchmark account ' || n || '</p>',
               '${ORIGIN}/users/' || name, '${ORIGIN}/@' || name, '${ORIGIN}/users/' || name || '/inbox', '${ORIGIN}/inbox',
               '${ORIGIN}/users/' || name || '/outbox', '${ORIGIN}/users/' || name || '/followers',
               to_timestamp((${T0} + n) / 1000.0) AT TIME ZONE 'UTC', ${nowSql}
        FROM (SELECT n, ${names} AS name FROM generate_series(1, ${total}) n) x`);
      await a.query(`
        INSERT INTO credentials (account_id, email, password_hash, approved, confirmed_at, last_active_at, created_at)
        SELECT ${acct("n")}, 'bench' || n || '@bench.test', '$argon2id$v=19$m=19456,t=2,p=1$YmVuY2hzYWx0$bm90LWEtcmVhbC1oYXNo',
               true, ${nowSql}, ${nowSql}, ${nowSql}
        FROM generate_series(1, ${total}) n`);
    });

    await step("access tokens", () =>
      a.query(`
        INSERT INTO access_tokens (id, token_hash, account_id, scopes, created_at)
        SELECT (${T0}::bigint << 16) + n, encode(sha256(convert_to('${TOKEN_PREFIX}' || n, 'UTF8')), 'hex'),
               ${acct("n")}, '{read,write,follow,push}', ${nowSql}
        FROM generate_series(1, ${total}) n`),
    );

    await step("follows", () =>
      a.query(`
        INSERT INTO follows (id, account_id, target_account_id, created_at)
        SELECT ((${T0}::bigint + 1000000) << 16) + nextval('bench_seq'), ${acct("f")}, ${acct("t")}, ${nowSql}
        FROM (
          SELECT DISTINCT u AS f, 1 + floor(${U} * power(random(), ${p.followSkew}))::int AS t
          FROM generate_series(1, ${U}) u, generate_series(1, ${p.followsPerUser}) k
          UNION ALL SELECT n, ${celebrityN} FROM generate_series(${U + 1}, ${U + C}) n
          ${heralds.map((h) => `UNION ALL SELECT n, ${h.n} FROM generate_series(1, ${h.size}) n`).join("\n")}
        ) x
        WHERE f <> t`),
    );

    // Visibility by position: 5 % unlisted, 2 % followers-only, the rest public. Boosts
    // take an earlier public or unlisted original that is not itself a boost.
    const vis = (g: string) =>
      `(CASE WHEN ${g} % 50 = 7 THEN 'PRIVATE' WHEN ${g} % 20 = 3 THEN 'UNLISTED' ELSE 'PUBLIC' END)::"Visibility"`;
    const E = p.reblogEvery;
    await step("statuses", async () => {
      const half = Math.ceil(p.statuses / 2);
      const insert = (client: pg.Client, from: number, to: number) =>
        client.query(`
          INSERT INTO statuses (id, uri, url, account_id, text, content_html, visibility, language, created_at, reblog_of_id)
          SELECT ${sid("g")},
                 '${ORIGIN}/users/user' || au || '/statuses/' || ${sid("g")} || CASE WHEN boost THEN '/activity' ELSE '' END,
                 CASE WHEN boost THEN NULL ELSE '${ORIGIN}/@user' || au || '/' || ${sid("g")} END,
                 ${acct("au")},
                 CASE WHEN boost THEN '' ELSE body END,
                 CASE WHEN boost THEN '' ELSE '<p>' || body || '</p>' END,
                 CASE WHEN boost THEN ${vis("orig")} ELSE ${vis("g")} END,
                 CASE WHEN boost THEN NULL ELSE 'en' END,
                 to_timestamp((${T1}::bigint + g::bigint * ${stepMs}) / 1000.0) AT TIME ZONE 'UTC',
                 CASE WHEN boost THEN ${sid("orig")} END
          FROM (
            SELECT g, au, boost, body,
                   CASE WHEN c % ${E} = 0 OR c % 50 = 7 THEN c - 1 ELSE c END AS orig
            FROM (
              SELECT g, 1 + floor(random() * ${U})::int AS au, g % ${E} = 0 AS boost,
                     greatest(1, g - 1 - floor(random() * 2000)::int) AS c,
                     'Status ' || g || ' from the benchmark world, with a body of about two hundred bytes so that '
                       || 'pages weigh what real ones do. About ' || (${WORDS})[1 + g % 12] || ' and '
                       || (${WORDS})[1 + (g / 12) % 12] || ', #' || (${WORDS})[1 + (g / 144) % 12] AS body
              FROM generate_series(${from}, ${to}) g
            ) y
          ) x`);
      // two sessions, two halves: both cores work
      await Promise.all([insert(a, 1, half), half < p.statuses ? insert(b, half + 1, p.statuses) : Promise.resolve()]);
      // one live boost per account and original (the unique index comes back later)
      await a.query(`
        DELETE FROM statuses WHERE id IN (
          SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY account_id, reblog_of_id ORDER BY id) AS r
                          FROM statuses WHERE reblog_of_id IS NOT NULL) d WHERE r > 1)`);
    });

    const rebuild = (late: boolean) => async () => {
      const todo = indexes.filter((index) => LATE_TABLES.has(index.table) === late);
      // the biggest (full-text GIN) first on one session, the rest on the other
      todo.sort((x, y) => Number(/gin/i.test(y.def)) - Number(/gin/i.test(x.def)));
      const [first, ...rest] = todo;
      await Promise.all([
        first ? a.query(first.def) : Promise.resolve(),
        (async () => {
          for (const index of rest) await b.query(index.def);
        })(),
      ]);
      await a.query(`ANALYZE ${[...new Set(todo.map((index) => index.table))].join(", ") || "accounts"}`);
    };
    await step("indexes (accounts..statuses)", rebuild(false));

    await step("home feeds", async () => {
      const fill = (client: pg.Client, from: number, to: number) =>
        client.query(`
          INSERT INTO home_feed (account_id, status_id, origin_id)
          SELECT ${acct("u")}, picked.id, coalesce(picked.reblog_of_id, picked.id)
          FROM generate_series(${from}, ${to}) u
          CROSS JOIN LATERAL (
            SELECT s.id, s.reblog_of_id
            FROM (SELECT target_account_id AS author FROM follows WHERE account_id = ${acct("u")}
                  UNION ALL SELECT ${acct("u")}) authors
            CROSS JOIN LATERAL (
              SELECT id, reblog_of_id FROM statuses
              WHERE account_id = authors.author AND deleted_at IS NULL
              ORDER BY id DESC LIMIT ${PER_AUTHOR}
            ) s
            ORDER BY s.id DESC LIMIT ${p.feedSize}
          ) picked`);
      const half = Math.ceil(U / 2);
      await Promise.all([fill(a, 1, half), half < U ? fill(b, half + 1, U) : Promise.resolve()]);
    });

    await step("favourites + bookmarks", async () => {
      const marks = (client: pg.Client, table: string, rate: number) =>
        client.query(`
          INSERT INTO ${table} (id, account_id, status_id, created_at)
          SELECT ((${T0}::bigint + 2000000) << 16) + nextval('bench_seq'), account_id, origin_id, ${nowSql}
          FROM (SELECT DISTINCT account_id, origin_id FROM home_feed WHERE random() < ${rate}) x`);
      await Promise.all([marks(a, "favourites", p.favouriteRate), marks(b, "bookmarks", p.bookmarkRate)]);
    });

    await step("indexes (feeds, marks)", rebuild(true));

    await step("counters", async () => {
      await Promise.all([
        a.query(`
          UPDATE statuses s SET favourites_count = x.c
          FROM (SELECT status_id, count(*)::int AS c FROM favourites GROUP BY status_id) x WHERE s.id = x.status_id`),
        b.query(`
          UPDATE statuses s SET reblogs_count = x.c
          FROM (SELECT reblog_of_id, count(*)::int AS c FROM statuses WHERE reblog_of_id IS NOT NULL GROUP BY reblog_of_id) x
          WHERE s.id = x.reblog_of_id`),
      ]);
      await a.query(`
        UPDATE accounts a SET statuses_count = coalesce(s.c, 0), last_status_at = s.last,
               followers_count = coalesce(fr.c, 0), following_count = coalesce(fg.c, 0)
        FROM (SELECT id FROM accounts) ids
        LEFT JOIN (SELECT account_id, count(*)::int AS c, max(created_at) AS last FROM statuses GROUP BY account_id) s
          ON s.account_id = ids.id
        LEFT JOIN (SELECT target_account_id, count(*)::int AS c FROM follows GROUP BY target_account_id) fr
          ON fr.target_account_id = ids.id
        LEFT JOIN (SELECT account_id, count(*)::int AS c FROM follows GROUP BY account_id) fg ON fg.account_id = ids.id
        WHERE a.id = ids.id`);
    });

    await step("vacuum analyze + checkpoint", async () => {
      await Promise.all([
        a.query("VACUUM (ANALYZE) statuses, accounts"),
        (async () => {
          for (const table of ["home_feed", "follows", "credentials", "access_tokens", "favourites", "bookmarks"]) {
            await b.query(`VACUUM (ANALYZE) ${table}`);
          }
        })(),
      ]);
      await a.query("DROP SEQUENCE IF EXISTS bench_seq");
      await a.query("CHECKPOINT");
    });

    const counts: Record<string, number> = {};
    for (const table of ["accounts", "follows", "statuses", "home_feed", "favourites", "bookmarks", "access_tokens"]) {
      counts[table] = Number((await a.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);
    }
    const top = await a.query<{ c: number }>(
      `SELECT followers_count AS c FROM accounts WHERE username LIKE 'user%' ORDER BY followers_count DESC LIMIT 1`,
    );
    counts.topUserFollowers = top.rows[0]?.c ?? 0;
    counts.dbBytes = Number((await a.query<{ n: string }>("SELECT pg_database_size(current_database()) AS n")).rows[0]!.n);
    const idOf = (n: number) => ((BigInt(T0) + BigInt(n)) << 16n).toString();
    const meta: WorldMeta = {
      params: p,
      seededAt: new Date().toISOString(),
      seedSeconds: Math.round(performance.now() - started) / 1000,
      steps,
      counts,
      celebrity: { n: celebrityN, id: idOf(celebrityN), followers: C },
      heralds: heralds.map((h) => ({ ...h, id: idOf(h.n) })),
      users: U,
    };
    await a.query("CREATE TABLE IF NOT EXISTS bench_world (meta jsonb NOT NULL)");
    await a.query("INSERT INTO bench_world (meta) VALUES ($1)", [JSON.stringify(meta)]);
    return meta;
  } finally {
    await Promise.all([a.end(), b.end()]);
  }
}

export async function readWorld(url: string): Promise<WorldMeta | undefined> {
  return withClient(url, async (client) => {
    const { rows: found } = await client.query("SELECT to_regclass('bench_world') IS NOT NULL AS ok");
    if (!found[0]?.ok) return undefined;
    const { rows } = await client.query<{ meta: WorldMeta }>("SELECT meta FROM bench_world LIMIT 1");
    return rows[0]?.meta;
  });
}

async function main() {
  const config = loadConfig();
  const name = process.argv[2] || `fedigraph_bench_${config.scale}`;
  const url = databaseUrl(config.adminUrl, name);
  // an existing database is migrated (a no-op when up to date); the seeder refuses one with data
  if (!(await databaseExists(config.adminUrl, name))) await createDatabase(config.adminUrl, name);
  else await migrateDatabase(url);
  console.log(`seeding ${name} (${config.scale}): ${JSON.stringify(config.world)}`);
  const meta = await seedWorld(url, config.world);
  console.log(`seeded in ${meta.seedSeconds} s: ${JSON.stringify(meta.counts)}`);
  console.log(`kept; run benchmarks on it with BENCH_DB=${name}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
