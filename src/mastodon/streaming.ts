// Mastodon streaming (WebSocket /api/v1/streaming): the same realtime topics as the
// GraphQL subscriptions, as Mastodon events. Every status passes the same visibility
// rules (core/visibility.ts) before it is sent.
import type { IncomingMessage } from "node:http";
import { WebSocketServer, type WebSocket } from "ws";
import { hasScope } from "../core/scopes.js";
import { normalizeTag } from "../core/text.js";
import { isListedPublicly, showInTimeline, showNotification } from "../core/visibility.js";
import { createLoaders } from "../db/loaders.js";
import type { ApiServices } from "../http/services.js";
import { tokenSockets } from "../http/token-sockets.js";
import { hashToken } from "../services/auth/tokens.js";
import type { Actor } from "../services/context.js";
import type { RequestState } from "./context.js";
import { toMastodonStatus } from "./entities/status.js";
import { toMastodonConversation } from "./entities/conversation.js";
import { conversationOf } from "../db/conversations.js";
import { visibleIds } from "./render.js";
import { toMastodonNotification } from "./entities/notification.js";
import { hiddenByFilters, streamFilterContext } from "./filtering.js";
import type { TimelineEvent } from "../realtime/topics.js";
import { ownedListEvents } from "./streaming-lists.js";

export const STREAMING_PATH = "/api/v1/streaming";

/** `tag` is the hashtag, or the list id for the list stream. */
type Stream = { name: string; tag?: string };
const STREAMS = new Set([
  "user", "user:notification", "public", "public:local", "public:remote", "public:media", "public:local:media",
  "public:remote:media", "hashtag", "hashtag:local", "list", "direct",
]);
const PUBLIC_TOPICS = { public: "public", "public:local": "local", "public:remote": "remote" } as const;

function tokenOf(request: IncomingMessage): string | null {
  const protocol = request.headers["sec-websocket-protocol"];
  if (typeof protocol === "string" && protocol.trim()) return protocol.split(",")[0]!.trim();
  const header = /^Bearer\s+(\S+)/i.exec(request.headers.authorization ?? "");
  if (header) return header[1]!;
  return new URL(request.url ?? "/", "http://x").searchParams.get("access_token");
}

function streamKey(stream: Stream) {
  return stream.tag ? `${stream.name}:${stream.tag}` : stream.name;
}

/** One connection: its subscriptions and how it renders events for its person. */
function connection(socket: WebSocket, services: ApiServices, actor: Actor | null) {
  const reader = actor && hasScope(actor.scopes, "read") ? actor : null;
  const active = new Map<string, () => void>();
  const state = (): RequestState => ({
    services,
    token: null,
    actor,
    refusal: null,
    reader,
    loaders: createLoaders(services.deps.pool, services.shared.live, reader?.accountId ?? null, services.shared.flags),
    viewer: () => (reader ? services.viewers.load(reader.accountId) : Promise.resolve(null)),
    primeViewer: () => undefined,
    origin: services.deps.config.publicUrl,
  });
  const send = (stream: string[], event: string, payload: unknown) => {
    if (socket.readyState !== socket.OPEN) return;
    socket.send(JSON.stringify({ stream, event, payload: typeof payload === "string" ? payload : JSON.stringify(payload) }));
  };

  /**
   * `origin`: local or remote streams (edits reach both topics, as the event does not say where a status is from);
   * `listed`: a public or hashtag stream (limited authors stay off them).
   */
  async function pushStatus(stream: string[], event: TimelineEvent, onlyMedia = false, origin: "local" | "remote" | null = null, listed = false) {
    if (event.kind === "delete") return send(stream, "delete", event.statusId);
    const statusId = BigInt(event.statusId);
    if (event.kind === "edit") services.shared.forget(statusId);
    const [facts, viewer] = await Promise.all([services.shared.liveFacts(statusId), reader ? services.viewers.load(reader.accountId) : null]);
    if (!facts || !showInTimeline(facts, viewer) || (listed && !isListedPublicly(facts))) return;
    const current = { ...state(), filterContext: streamFilterContext(stream[0]!) };
    const status = await current.loaders.statuses.load(statusId);
    if (!status || (origin !== null && status.local !== (origin === "local")) || (await hiddenByFilters(current, status))) return;
    if (onlyMedia && ((await current.loaders.media.load(status.id)) ?? []).length === 0) return;
    send(stream, event.kind === "edit" ? "status.update" : "update", await toMastodonStatus(current, status));
  }

  async function pushNotification(stream: string[], notificationId: string) {
    const notification = await services.deps.db.notification.findUnique({ where: { id: BigInt(notificationId) } });
    const viewer = reader ? await services.viewers.load(reader.accountId) : null;
    if (!notification || !viewer || notification.accountId !== reader!.accountId || !showNotification(notification.fromAccountId, viewer)) return;
    const rendered = await toMastodonNotification({ ...state(), filterContext: "notifications" }, notification);
    if (rendered) send(stream, "notification", rendered);
  }

  /** A direct status: the conversation it belongs to, as the participant sees it now. */
  async function pushConversation(stream: string[], statusId: string) {
    const current = state();
    const [visible] = await visibleIds(current, [BigInt(statusId)], "single");
    const status = visible ? await current.loaders.statuses.load(visible) : undefined;
    if (!status) return;
    const row = await conversationOf(services.deps.pool, reader!.accountId, status.threadId ?? status.id);
    const conversation = row && (await toMastodonConversation(current, reader!.accountId, row));
    if (conversation) send(stream, "conversation", conversation);
  }

  function listen<T>(source: AsyncIterableIterator<T>, handle: (value: T) => Promise<void>) {
    void (async () => {
      for await (const value of source) await handle(value).catch(() => undefined);
    })();
    return () => void source.return?.();
  }

  return {
    subscribe(stream: Stream): string | null {
      if (!STREAMS.has(stream.name)) return "Unknown stream type";
      if ((stream.name.startsWith("user") || stream.name === "list" || stream.name === "direct") && !reader) return "Missing access token";
      if (stream.name === "list" && !stream.tag) return "No list for list stream";
      if (stream.name.startsWith("hashtag") && !stream.tag) return "No tag for hashtag stream";
      const key = streamKey(stream);
      if (active.has(key)) return null;
      const { realtime } = services;
      const label = stream.tag ? [stream.name, stream.tag] : [stream.name];
      const stops: (() => void)[] = [];
      if (stream.name === "user") stops.push(listen(realtime.subscribe("home", String(reader!.accountId)), (e) => pushStatus(label, e)));
      if (stream.name === "user" || stream.name === "user:notification") {
        stops.push(listen(realtime.subscribe("notifications", String(reader!.accountId)), (e) => pushNotification(label, e.notificationId)));
      }
      if (stream.name.startsWith("public")) {
        const onlyMedia = stream.name.endsWith(":media");
        const topic = PUBLIC_TOPICS[stream.name.replace(/:media$/, "") as keyof typeof PUBLIC_TOPICS];
        const origin = topic === "local" ? "local" : topic === "remote" ? "remote" : null;
        stops.push(listen(realtime.subscribe(topic), (e) => pushStatus(label, e, onlyMedia, origin, true)));
      }
      if (stream.name.startsWith("hashtag")) {
        const topic = stream.name === "hashtag:local" ? "localHashtag" : "hashtag";
        const origin = topic === "localHashtag" ? "local" : null;
        stops.push(listen(realtime.subscribe(topic, normalizeTag(stream.tag!)), (e) => pushStatus(label, e, false, origin, true)));
      }
      if (stream.name === "direct") {
        stops.push(listen(realtime.subscribe("direct", String(reader!.accountId)), (e) => pushConversation(label, e.statusId)));
      }
      if (stream.name === "list") {
        const refuse = (error: string) => {
          active.delete(key);
          if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ error }));
        };
        stops.push(listen(ownedListEvents(services, reader!.accountId, stream.tag!, refuse), (e) => pushStatus(label, e)));
      }
      active.set(key, () => stops.forEach((stop) => stop()));
      return null;
    },
    unsubscribe(stream: Stream) {
      const key = streamKey(stream);
      active.get(key)?.();
      active.delete(key);
    },
    close() {
      for (const stop of active.values()) stop();
      active.clear();
    },
  };
}

export function createStreamingServer(services: ApiServices) {
  const wss = new WebSocketServer({
    noServer: true,
    // Clients that send the token as the subprotocol need it echoed back.
    handleProtocols: (protocols) => [...protocols][0] ?? false,
  });
  const sockets = tokenSockets();
  wss.on("connection", async (socket, request) => {
    // Clients subscribe right after the handshake: keep their messages until we know them.
    const early: unknown[] = [];
    const keep = (data: unknown) => early.push(data);
    socket.on("message", keep);
    const token = tokenOf(request);
    const actor = token ? await services.auth.authenticate(token) : null;
    socket.off("message", keep);
    if (token && !actor) {
      socket.close(4401, "Invalid access token");
      return;
    }
    const conn = connection(socket, services, actor);
    if (token) sockets.add(hashToken(token), socket);
    socket.on("close", () => conn.close());
    const query = new URL(request.url ?? "/", "http://x").searchParams;
    const initial = query.get("stream");
    if (initial) {
      const error = conn.subscribe({ name: initial, tag: query.get("tag") ?? query.get("list") ?? undefined });
      if (error) socket.send(JSON.stringify({ error }));
    }
    const onMessage = (data: unknown) => {
      let message: { type?: unknown; stream?: unknown; tag?: unknown; list?: unknown };
      try {
        message = JSON.parse(String(data));
      } catch {
        socket.send(JSON.stringify({ error: "Malformed JSON" }));
        return;
      }
      // Any JSON may arrive: only strings are taken, anything else is no stream (never a throw here).
      if (typeof message !== "object" || message === null) message = {};
      const text = (value: unknown) => (typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined);
      const stream = { name: text(message.stream) ?? "", tag: text(message.tag) ?? text(message.list) };
      if (message.type === "subscribe") {
        const error = conn.subscribe(stream);
        if (error) socket.send(JSON.stringify({ error }));
      } else if (message.type === "unsubscribe") {
        conn.unsubscribe(stream);
      } else {
        socket.send(JSON.stringify({ error: "Unknown message type" }));
      }
    };
    early.forEach(onMessage);
    socket.on("message", onMessage);
  });
  return {
    sockets: wss,
    /** Ends the streams opened with a token that no longer works. */
    revoke: sockets.revoke,
    handleUpgrade(request: IncomingMessage, socket: import("node:stream").Duplex, head: Buffer) {
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit("connection", ws, request));
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.close(1001, "Server shutting down");
        wss.close(() => resolve());
      }),
  };
}
