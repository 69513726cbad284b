// The subscription load generator, run as its own process (forked by subscriptions.ts,
// talking over IPC): holds N graphql-ws (graphql-transport-ws) sockets, each signed in as
// one seeded account and subscribed to homeTimeline, and records when each pushed status
// arrives. The protocol is spoken by hand so that 10k sockets stay cheap.
import WebSocket from "ws";
import { benchToken } from "./config.js";

export type ToClients =
  | { type: "connect"; url: string; count: number; concurrency: number; query: string }
  | { type: "expect"; statusId: string; timeoutMs: number }
  | { type: "close" };

export type FromClients =
  | { type: "connected"; subscribed: number; failed: number; ms: number; errors: string[] }
  | { type: "delivered"; statusId: string; times: number[]; missing: number; errors: string[] }
  | { type: "closed" };

const now = () => performance.timeOrigin + performance.now();
const send = (message: FromClients) => process.send!(message);

const sockets: WebSocket[] = [];
const arrivals = new Map<string, number[]>();
const waiting = new Map<string, () => void>();
const errors: string[] = [];
let expected = 0;

function note(error: string) {
  if (errors.length < 20) errors.push(error);
}

function onNext(payload: { data?: { homeTimeline?: { statusId?: string } }; errors?: unknown[] }) {
  const statusId = payload.data?.homeTimeline?.statusId;
  if (!statusId) {
    note(`next without statusId: ${JSON.stringify(payload).slice(0, 200)}`);
    return;
  }
  const t = now();
  let list = arrivals.get(statusId);
  if (!list) arrivals.set(statusId, (list = []));
  list.push(t);
  if (list.length >= expected) waiting.get(statusId)?.();
}

/** Opens one socket for account n; resolves once its subscribe message is sent (or it failed). */
function open(url: string, n: number, query: string): Promise<boolean> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, "graphql-transport-ws", { perMessageDeflate: false });
    let settled = false;
    const done = (ok: boolean) => {
      if (!settled) {
        settled = true;
        resolve(ok);
      }
    };
    const timer = setTimeout(() => {
      note(`account ${n}: no connection_ack in 30 s`);
      ws.terminate();
      done(false);
    }, 30_000);
    ws.on("open", () => ws.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${benchToken(n)}` } })));
    ws.on("message", (data) => {
      const message = JSON.parse(String(data)) as { type: string; id?: string; payload?: unknown };
      switch (message.type) {
        case "connection_ack":
          ws.send(JSON.stringify({ id: "home", type: "subscribe", payload: { query } }));
          clearTimeout(timer);
          done(true);
          break;
        case "next":
          onNext(message.payload as Parameters<typeof onNext>[0]);
          break;
        case "ping":
          ws.send(JSON.stringify({ type: "pong" }));
          break;
        case "error":
        case "complete":
          note(`account ${n}: ${message.type} ${JSON.stringify(message.payload ?? "").slice(0, 200)}`);
          break;
      }
    });
    ws.on("error", (error) => {
      note(`account ${n}: ${error.message}`);
      clearTimeout(timer);
      done(false);
    });
    ws.on("close", (code) => {
      if (code !== 1000 && code !== 1001 && code !== 1005) note(`account ${n}: closed ${code}`);
      clearTimeout(timer);
      done(false);
    });
    sockets.push(ws);
  });
}

async function connect(message: Extract<ToClients, { type: "connect" }>) {
  const started = now();
  expected = message.count;
  let next = 1;
  let subscribed = 0;
  let failed = 0;
  const worker = async () => {
    while (next <= message.count) {
      const n = next++;
      if (await open(message.url, n, message.query)) subscribed++;
      else failed++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(message.concurrency, message.count) }, worker));
  send({ type: "connected", subscribed, failed, ms: Math.round(now() - started), errors: errors.splice(0) });
}

function expect(message: Extract<ToClients, { type: "expect" }>) {
  const report = () => {
    clearTimeout(timer);
    waiting.delete(message.statusId);
    const times = arrivals.get(message.statusId) ?? [];
    arrivals.delete(message.statusId);
    send({ type: "delivered", statusId: message.statusId, times, missing: Math.max(0, expected - times.length), errors: errors.splice(0) });
  };
  const timer = setTimeout(report, message.timeoutMs);
  waiting.set(message.statusId, report);
  if ((arrivals.get(message.statusId)?.length ?? 0) >= expected) report();
}

process.on("message", (message: ToClients) => {
  if (message.type === "connect") void connect(message);
  else if (message.type === "expect") expect(message);
  else if (message.type === "close") {
    for (const ws of sockets) ws.terminate();
    send({ type: "closed" });
    setTimeout(() => process.exit(0), 100);
  }
});
process.on("disconnect", () => process.exit(0));
