// A post to 5 000 servers is 5 000 queued deliveries, and Fedify puts the whole signed
// activity and the sender's private keys (~6 KB) in each. The activity and keys are the
// same objects in all of them, so they are stored once (table job_payload_parts) and each
// delivery job keeps only a reference; the worker puts them back before Fedify sees the job.
import { randomUUID } from "node:crypto";
import type pg from "pg";

interface OutboxMessage {
  type: "outbox";
  activity: object;
  keys: object;
  shared?: never;
}

interface SharedRef {
  type: "outbox";
  shared: string;
}

const isOutbox = (message: unknown): message is OutboxMessage =>
  typeof message === "object" && message !== null && (message as { type?: unknown }).type === "outbox" &&
  typeof (message as { activity?: unknown }).activity === "object" && typeof (message as { keys?: unknown }).keys === "object";

const isRef = (payload: unknown): payload is SharedRef =>
  typeof payload === "object" && payload !== null && typeof (payload as { shared?: unknown }).shared === "string";

const READ_CACHE = 64;

export interface SharedPayloads {
  /** the message to queue: outgoing deliveries with their activity and keys replaced by a reference */
  pack(message: unknown): Promise<unknown>;
  /** the message as Fedify queued it */
  unpack(payload: unknown): Promise<unknown>;
}

export function sharedPayloads(pool: pg.Pool): SharedPayloads {
  const written = new WeakMap<object, { keys: object; id: Promise<string> }>();
  const read = new Map<string, Promise<{ activity: object; keys: object }>>();

  const store = async (activity: object, keys: object) => {
    const id = randomUUID();
    await pool.query("INSERT INTO job_payload_parts (id, body) VALUES ($1, $2)", [id, JSON.stringify({ activity, keys })]);
    return id;
  };

  const load = (id: string) => {
    let body = read.get(id);
    if (!body) {
      body = pool.query<{ body: { activity: object; keys: object } }>("SELECT body FROM job_payload_parts WHERE id = $1", [id]).then(({ rows }) => {
        if (!rows[0]) throw new Error(`queued delivery: its activity (${id}) is gone`);
        return rows[0].body;
      });
      if (read.size >= READ_CACHE) read.delete(read.keys().next().value!);
      read.set(id, body);
      body.catch(() => read.delete(id));
    }
    return body;
  };

  return {
    async pack(message) {
      if (!isOutbox(message)) return message;
      let entry = written.get(message.activity);
      if (!entry || entry.keys !== message.keys) {
        entry = { keys: message.keys, id: store(message.activity, message.keys) };
        written.set(message.activity, entry);
        entry.id.catch(() => written.delete(message.activity));
      }
      const { activity: _activity, keys: _keys, ...rest } = message;
      return { ...rest, shared: await entry.id };
    },
    async unpack(payload) {
      if (!isRef(payload)) return payload;
      const { shared, ...rest } = payload;
      return { ...rest, ...(await load(shared)) };
    },
  };
}

/** Removes the stored parts no queued job refers to any more (kept an hour: their jobs may still be on their way in). */
export async function sweepSharedPayloads(pool: pg.Pool): Promise<number> {
  const { rowCount } = await pool.query(
    `DELETE FROM job_payload_parts p WHERE p.created_at < now() - interval '1 hour'
       AND NOT EXISTS (SELECT 1 FROM jobs j WHERE j.payload->>'shared' = p.id)`,
  );
  return rowCount ?? 0;
}
