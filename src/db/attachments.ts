// Reads of what statuses carry besides text: media and polls, and the viewer's votes.
import type pg from "pg";
import type { MediaAttachment, Poll } from "../generated/prisma/client.js";

const ids = (list: readonly bigint[]) => list.map(String);

export const MEDIA_JSON = `json_build_array(id::text, account_id::text, status_id::text, position, type, content_type, file_size,
  file_key, preview_key, remote_url, description, focus_x, focus_y, meta, blurhash, created_at)`;
export const POLL_JSON = `json_build_array(id::text, status_id::text, account_id::text, options, tallies, multiple, hide_totals,
  votes_count, voters_count, expires_at, end_notified_at, created_at)`;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
const date = (value: Json) => (value === null ? null : new Date(`${value as string}Z`));

export function mediaFromJson(r: Json[]): MediaAttachment {
  return {
    id: BigInt(r[0] as string), accountId: BigInt(r[1] as string), statusId: r[2] === null ? null : BigInt(r[2] as string),
    position: r[3] as number, type: r[4] as MediaAttachment["type"], contentType: r[5] as string, fileSize: r[6] as number,
    fileKey: r[7] as string | null, previewKey: r[8] as string | null, remoteUrl: r[9] as string | null,
    description: r[10] as string | null, focusX: r[11] as number, focusY: r[12] as number, meta: r[13] as never,
    blurhash: r[14] as string | null, createdAt: date(r[15]!)!,
  };
}

export function pollFromJson(r: Json[]): Poll {
  return {
    id: BigInt(r[0] as string), statusId: BigInt(r[1] as string), accountId: BigInt(r[2] as string),
    options: r[3] as string[], tallies: r[4] as number[], multiple: r[5] as boolean, hideTotals: r[6] as boolean,
    votesCount: r[7] as number, votersCount: r[8] as number, expiresAt: date(r[9]!), endNotifiedAt: date(r[10]!),
    createdAt: date(r[11]!)!,
  };
}

/** Attached media per status, in order. */
export async function mediaByStatus(pool: pg.Pool, list: readonly bigint[]): Promise<Map<bigint, MediaAttachment[]>> {
  const found = new Map<bigint, MediaAttachment[]>();
  if (list.length === 0) return found;
  const { rows } = await pool.query<{ row: Json[] }>({
    name: "media_by_status",
    text: `SELECT ${MEDIA_JSON} AS row FROM media_attachments WHERE status_id = ANY($1::bigint[]) ORDER BY status_id, position`,
    values: [ids(list)],
  });
  for (const { row } of rows) {
    const media = mediaFromJson(row);
    found.set(media.statusId!, [...(found.get(media.statusId!) ?? []), media]);
  }
  return found;
}

export async function pollsByStatus(pool: pg.Pool, list: readonly bigint[]): Promise<Map<bigint, Poll>> {
  const found = new Map<bigint, Poll>();
  if (list.length === 0) return found;
  const { rows } = await pool.query<{ row: Json[] }>({
    name: "polls_by_status",
    text: `SELECT ${POLL_JSON} AS row FROM polls WHERE status_id = ANY($1::bigint[])`,
    values: [ids(list)],
  });
  for (const { row } of rows) {
    const poll = pollFromJson(row);
    found.set(poll.statusId, poll);
  }
  return found;
}

/** The viewer's choices per poll (polls they did not vote in are absent). */
export async function ownVotes(pool: pg.Pool, viewerId: bigint, pollIds: readonly bigint[]): Promise<Map<bigint, number[]>> {
  const found = new Map<bigint, number[]>();
  if (pollIds.length === 0) return found;
  const { rows } = await pool.query<{ pollId: string; choices: number[] }>({
    name: "own_poll_votes",
    text: `SELECT poll_id::text AS "pollId", array_agg(choice ORDER BY choice) AS choices FROM poll_votes
      WHERE account_id = $1 AND poll_id = ANY($2::bigint[]) GROUP BY poll_id`,
    values: [String(viewerId), ids(pollIds)],
  });
  for (const row of rows) found.set(BigInt(row.pollId), row.choices);
  return found;
}
