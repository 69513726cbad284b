// Batch-loads the facts the visibility rules need for a set of statuses (and the
// statuses they boost): two queries whatever the number of statuses.
import type { StatusFacts, Visibility } from "../core/visibility.js";
import type { Db } from "./client.js";

interface Row {
  id: bigint;
  account_id: bigint;
  visibility: Visibility;
  deleted_at: Date | null;
  suspended: boolean;
  reblog_of_id: bigint | null;
  mentioned: bigint[] | null;
}

async function loadRows(db: Db, ids: bigint[]): Promise<Map<bigint, Row>> {
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<Row[]>`
    SELECT s.id, s.account_id, s.visibility::text AS visibility, s.deleted_at,
           (a.suspended_at IS NOT NULL) AS suspended, s.reblog_of_id,
           (SELECT array_agg(m.account_id) FROM mentions m WHERE m.status_id = s.id) AS mentioned
    FROM statuses s JOIN accounts a ON a.id = s.account_id
    WHERE s.id = ANY(${ids}::bigint[])`;
  return new Map(rows.map((row) => [BigInt(row.id), row]));
}

function toFacts(row: Row): StatusFacts {
  return {
    accountId: BigInt(row.account_id),
    visibility: row.visibility,
    deletedAt: row.deleted_at,
    authorSuspended: row.suspended,
    mentionedIds: new Set((row.mentioned ?? []).map((id) => BigInt(id))),
  };
}

export async function loadStatusFacts(db: Db, ids: readonly bigint[]): Promise<Map<bigint, StatusFacts>> {
  const rows = await loadRows(db, [...new Set(ids)]);
  const reblogIds = [...rows.values()].flatMap((row) => (row.reblog_of_id ? [BigInt(row.reblog_of_id)] : []));
  const originals = await loadRows(db, reblogIds.filter((id) => !rows.has(id)));
  const facts = new Map<bigint, StatusFacts>();
  for (const [id, row] of rows) {
    const fact = toFacts(row);
    if (row.reblog_of_id) {
      const original = rows.get(BigInt(row.reblog_of_id)) ?? originals.get(BigInt(row.reblog_of_id));
      fact.reblog = original ? toFacts(original) : { ...fact, deletedAt: new Date(0) };
    }
    facts.set(id, fact);
  }
  return facts;
}
