// The remote side of the delivery benchmark (delivery.ts), in its own process: `hosts`
// mock servers on loopback, host h listening on its own address 127.77.x.y at one port
// (so each is a distinct host to the sender, as distinct servers are). Every POST is
// verified with Fedify's verifyRequest (our actor's key fetched once from the server under
// test, then cached) and recorded by the Note it carries and the inbox it reached.
//
// Talks to its parent over IPC:
//   -> { type: "listening", port } | { type: "error", message }
//   <- { type: "server", url }                     where our actors' keys can be fetched
//   <- { type: "await", object, inboxes, timeoutMs } answer once `inboxes` distinct inboxes got `object`
//   -> { type: "arrivals", object, ... }           (see Arrivals)
// Run by delivery.ts: node --import tsx test/bench/delivery-mock.ts <hosts> <port>
import { verifyRequest } from "@fedify/fedify";
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createNetServer, type Server as NetServer } from "node:net";
import { memoryKeyCache, serverDocumentLoader, contextLoader, selfCpuSeconds } from "./lib/fed.js";

export interface Arrivals {
  type: "arrivals";
  object: string;
  /** distinct inboxes reached */
  inboxes: number;
  posts: number;
  duplicates: number;
  /** POSTs to an actor's own inbox although it has a shared one */
  personalInbox: number;
  signatureFailures: number;
  specs: Record<string, number>;
  /** performance.timeOrigin + now() of the first arrival and when each share of the expected inboxes was reached */
  firstAt: number | null;
  reachedAt: { p50: number | null; p90: number | null; p99: number | null; all: number | null };
  keyFetches: number;
  cpuSeconds: number;
  complete: boolean;
}

export const hostAddress = (h: number) => `127.77.${1 + Math.floor(h / 250)}.${1 + (h % 250)}`;

const now = () => performance.timeOrigin + performance.now();

interface Track {
  inboxes: Map<string, number>;
  times: number[];
  posts: number;
  personal: number;
  failures: number;
  specs: Record<string, number>;
}

async function main() {
  const hosts = Number(process.argv[2]);
  const port = Number(process.argv[3]);
  const send = (message: unknown) => process.send!(message);
  let serverUrl = "";
  let keyFetches = 0;
  let documentLoader = serverDocumentLoader("http://127.0.0.1:1");
  const keyCache = memoryKeyCache();
  const tracks = new Map<string, Track>();
  const waiting = new Map<string, { inboxes: number; timer: NodeJS.Timeout }>();
  const track = (object: string) => {
    let t = tracks.get(object);
    if (!t) tracks.set(object, (t = { inboxes: new Map(), times: [], posts: 0, personal: 0, failures: 0, specs: {} }));
    return t;
  };
  const arrivals = (object: string, expected: number): Arrivals => {
    const t = track(object);
    const at = (share: number) => {
      const n = Math.ceil(share * expected);
      return t.times.length >= n && n > 0 ? t.times[n - 1]! : null;
    };
    return {
      type: "arrivals",
      object,
      inboxes: t.inboxes.size,
      posts: t.posts,
      duplicates: [...t.inboxes.values()].reduce((sum, n) => sum + (n - 1), 0),
      personalInbox: t.personal,
      signatureFailures: t.failures,
      specs: t.specs,
      firstAt: t.times[0] ?? null,
      reachedAt: { p50: at(0.5), p90: at(0.9), p99: at(0.99), all: at(1) },
      keyFetches,
      cpuSeconds: selfCpuSeconds(),
      complete: t.inboxes.size >= expected,
    };
  };
  const check = (object: string) => {
    const wait = waiting.get(object);
    if (wait && track(object).inboxes.size >= wait.inboxes) {
      clearTimeout(wait.timer);
      waiting.delete(object);
      send(arrivals(object, wait.inboxes));
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    if (req.method !== "POST") return void res.writeHead(405).end();
    const host = req.headers.host ?? "";
    const path = req.url ?? "/";
    const headers = new Headers();
    for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
    const request = new Request(`http://${host}${path}`, { method: "POST", headers, body });
    let object = "unknown";
    try {
      const activity = JSON.parse(body.toString("utf8")) as { object?: string | { id?: string } };
      object = (typeof activity.object === "string" ? activity.object : activity.object?.id) ?? "unknown";
    } catch {
      // recorded under "unknown"
    }
    const t = track(object);
    t.posts++;
    const spec = headers.has("signature-input") ? "rfc9421" : headers.has("signature") ? "draft-cavage" : "none";
    let key = null;
    try {
      key = await verifyRequest(request, { documentLoader, contextLoader, keyCache });
    } catch {
      key = null;
    }
    if (!key) {
      t.failures++;
      return void res.writeHead(401).end();
    }
    t.specs[spec] = (t.specs[spec] ?? 0) + 1;
    const inbox = `${host}${path}`;
    if (path !== "/inbox") t.personal++;
    const seen = t.inboxes.get(inbox) ?? 0;
    t.inboxes.set(inbox, seen + 1);
    if (seen === 0) t.times.push(now());
    res.writeHead(202).end();
    check(object);
  };

  const http = createHttpServer({ keepAliveTimeout: 30_000 }, (req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  const listeners: NetServer[] = [];
  try {
    for (let h = 0; h < hosts; h++) {
      const listener = createNetServer((socket) => http.emit("connection", socket));
      listeners.push(listener);
      await new Promise<void>((resolve, reject) => {
        listener.once("error", reject);
        listener.listen({ port, host: hostAddress(h), backlog: 64 }, () => resolve());
      });
    }
  } catch (error) {
    for (const listener of listeners) listener.close();
    send({ type: "error", message: String((error as Error).message ?? error) });
    return;
  }
  process.on("message", (message: { type: string; url?: string; object?: string; inboxes?: number; timeoutMs?: number }) => {
    if (message.type === "server") {
      serverUrl = message.url!;
      documentLoader = serverDocumentLoader(serverUrl, () => keyFetches++);
    } else if (message.type === "await") {
      const object = message.object!;
      const inboxes = message.inboxes!;
      const timer = setTimeout(() => {
        waiting.delete(object);
        send(arrivals(object, inboxes));
      }, message.timeoutMs ?? 60_000);
      waiting.set(object, { inboxes, timer });
      check(object);
    } else if (message.type === "stop") {
      for (const listener of listeners) listener.close();
      http.closeAllConnections();
      process.exit(0);
    }
  });
  send({ type: "listening", port });
}

main().catch((error: unknown) => {
  process.send?.({ type: "error", message: String(error) });
  process.exit(1);
});
