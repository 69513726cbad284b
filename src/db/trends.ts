// Trends from our own data: hashtags used by the most people, and the most shared and
// favourited public statuses, over the last days. Cheap enough to compute every few minutes.
import type pg from "pg";
import { idAtTime } from "../core/ids.js";

const DAY_MS = 86_400_000;

export interface TrendingTag {
  id: bigint;
  name: string;
  display: string;
  /** newest day first: [day start (unix seconds), uses, accounts] */
  history: { day: number; uses: number; accounts: number }[];
}

export async function trendingTags(pool: pg.Pool, limit: number, offset: number, days = 7): Promise<TrendingTag[]> {
  const since = Math.floor(Date.now() / DAY_MS) * DAY_MS - (days - 1) * DAY_MS;
  const { rows } = await pool.query<{ id: string; name: string; display: string; days: [number, number, number][] }>({
    name: "trending_tags",
    text: `WITH used AS (
        SELECT st.tag_id, s.account_id, (s.id >> 16) / ${DAY_MS} AS day
        FROM status_tags st JOIN statuses s ON s.id = st.status_id JOIN accounts a ON a.id = s.account_id
        WHERE st.status_id >= $1 AND s.visibility = 'PUBLIC' AND s.deleted_at IS NULL AND s.reblog_of_id IS NULL
          AND a.suspended_at IS NULL AND a.discoverable
      ),
      ranked AS (
        SELECT tag_id, count(DISTINCT account_id) AS accounts, count(*) AS uses FROM used GROUP BY tag_id
        ORDER BY accounts DESC, uses DESC, tag_id LIMIT $2 OFFSET $3
      )
      SELECT t.id::text, t.name, t.display, r.accounts,
        (SELECT json_agg(json_build_array(d.day * ${DAY_MS / 1000}, d.uses, d.accounts) ORDER BY d.day DESC)
         FROM (SELECT day, count(*) AS uses, count(DISTINCT account_id) AS accounts FROM used u WHERE u.tag_id = r.tag_id GROUP BY day) d) AS days
      FROM ranked r JOIN tags t ON t.id = r.tag_id
      ORDER BY r.accounts DESC, r.uses DESC, r.tag_id`,
    values: [String(idAtTime(since)), limit, offset],
  });
  return rows.map((row) => {
    const byDay = new Map(row.days.map(([day, uses, accounts]) => [day, { uses, accounts }]));
    const history = [];
    for (let i = 0; i < days; i++) {
      const day = (since + (days - 1 - i) * DAY_MS) / 1000;
      history.push({ day, ...(byDay.get(day) ?? { uses: 0, accounts: 0 }) });
    }
    return { id: BigInt(row.id), name: row.name, display: row.display, history };
  });
}

/** Public original statuses of the last two days with the most boosts and favourites. */
export async function trendingStatusIds(pool: pg.Pool, limit: number, offset: number): Promise<bigint[]> {
  const { rows } = await pool.query<{ id: string }>({
    name: "trending_statuses",
    text: `SELECT s.id::text FROM statuses s JOIN accounts a ON a.id = s.account_id
      WHERE s.id >= $1 AND s.visibility = 'PUBLIC' AND s.deleted_at IS NULL AND s.reblog_of_id IS NULL
        AND a.suspended_at IS NULL AND a.discoverable AND (s.reblogs_count + s.favourites_count) > 0
      ORDER BY (s.reblogs_count * 2 + s.favourites_count) DESC, s.id DESC LIMIT $2 OFFSET $3`,
    values: [String(idAtTime(Date.now() - 2 * DAY_MS)), limit, offset],
  });
  return rows.map((row) => BigInt(row.id));
}
