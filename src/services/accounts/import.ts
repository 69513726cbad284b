// Importing a following list in Mastodon's CSV format (exported here or by Mastodon): each
// account is found (people of other servers looked up there) and followed, with its options.
// `merge` adds to who one follows; `overwrite` also unfollows everyone not in the file.
import { parse } from "csv-parse/sync";
import { ValidationError } from "../../core/errors.js";
import type { Actor, ServiceDeps } from "../context.js";
import { follow } from "../follows/follow.js";
import { unfollow } from "../follows/unfollow.js";
import { requireActor } from "../guards.js";
import { HANDLE_RE } from "../search/resolve.js";

export const MAX_IMPORT_ROWS = 2000;
const MAX_BYTES = 2 * 1024 * 1024;

export interface ImportResult {
  followed: number;
  /** addresses that could not be followed, with why */
  failed: { address: string; reason: string }[];
  unfollowed: number;
}

interface Row {
  address: string;
  showReblogs: boolean | null;
  notify: boolean | null;
}

const flag = (value: string | undefined) => (value === "true" ? true : value === "false" ? false : null);

/** The rows of a following CSV, with or without Mastodon's header; ValidationError when it is not one. */
export function parseFollowingCsv(csv: string): Row[] {
  if (Buffer.byteLength(csv) > MAX_BYTES) throw new ValidationError("The file is too large (at most 2 MB)", "data");
  let records: string[][];
  try {
    records = parse(csv, { relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new ValidationError(`Not a CSV file: ${(error as Error).message}`, "data");
  }
  if (records[0]?.[0]?.toLowerCase() === "account address") records = records.slice(1);
  if (records.length > MAX_IMPORT_ROWS) throw new ValidationError(`At most ${MAX_IMPORT_ROWS} accounts per import`, "data");
  return records.map((record, i) => {
    const address = (record[0] ?? "").replace(/^@/, "");
    if (!HANDLE_RE.test(address)) throw new ValidationError(`Line ${i + 1}: "${address}" is not an account address (user@domain)`, "data");
    return { address, showReblogs: flag(record[1]), notify: flag(record[2]) };
  });
}

export async function importFollowing(deps: ServiceDeps, actor: Actor | null, csv: string, mode: "merge" | "overwrite" = "merge"): Promise<ImportResult> {
  const who = requireActor(actor, "write:follows", "follow");
  if (mode !== "merge" && mode !== "overwrite") throw new ValidationError("mode must be merge or overwrite", "mode");
  // The whole file is checked before anything is followed.
  const rows = parseFollowingCsv(csv);
  const result: ImportResult = { followed: 0, failed: [], unfollowed: 0 };
  const kept = new Set<bigint>();
  const ours = deps.config.domain.toLowerCase();
  for (const row of rows) {
    const [username, domain] = row.address.split("@") as [string, string];
    const local = domain.toLowerCase() === ours;
    const id = local
      ? (await deps.db.account.findUnique({ where: { handleKey: `${username.toLowerCase()}@` }, select: { id: true } }))?.id
      : await (deps.remote?.account(username, domain.toLowerCase()) ?? Promise.resolve(null)).catch(() => null);
    if (!id) {
      result.failed.push({ address: row.address, reason: "not found" });
      continue;
    }
    kept.add(id);
    try {
      await follow(deps, who, { accountId: id, showReblogs: row.showReblogs, notify: row.notify });
      result.followed++;
    } catch (error) {
      result.failed.push({ address: row.address, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  if (mode === "overwrite") {
    const current = await deps.db.follow.findMany({ where: { accountId: who.accountId }, select: { targetAccountId: true } });
    for (const { targetAccountId } of current) {
      if (kept.has(targetAccountId)) continue;
      await unfollow(deps, who, targetAccountId);
      result.unfollowed++;
    }
  }
  return result;
}
