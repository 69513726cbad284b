// Statuses: post, read, delete, and the interactions on them.
import type { Hono } from "hono";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../../core/errors.js";
import { threadIds } from "../../db/timelines.js";
import type { Account, Status } from "../../generated/prisma/client.js";
import type { ApiServices } from "../../http/services.js";
import type { Actor } from "../../services/context.js";
import { bookmark, unbookmark } from "../../services/statuses/bookmark.js";
import { createStatus } from "../../services/statuses/create.js";
import { deleteStatus } from "../../services/statuses/delete.js";
import { favourite, unfavourite } from "../../services/statuses/favourite.js";
import { reblog, unreblog } from "../../services/statuses/reblog.js";
import { editStatus } from "../../services/statuses/edit.js";
import { pin, unpin } from "../../services/statuses/pin.js";
import { muteConversation } from "../../services/conversations/thread-state.js";
import { toMastodonAccount } from "../entities/account.js";
import type { ServiceDeps } from "../../services/context.js";
import { needActor, requestState, type RequestState } from "../context.js";
import { createHash } from "node:crypto";
import { toMastodonStatus } from "../entities/status.js";
import { bool, idParam, type Params, readParams, str } from "../params.js";
import { visibleIds, visibleStatus } from "../render.js";
import { withoutHidden } from "../filtering.js";
import { mediaAttributes, mediaIds, pollParam } from "./status-params.js";

const VISIBILITIES = { public: "PUBLIC", unlisted: "UNLISTED", private: "PRIVATE", direct: "DIRECT" } as const;


/** Someone else's status is "not found" to the Mastodon API, as on Mastodon (GraphQL says FORBIDDEN). */
async function ownOnly<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ForbiddenError) throw new NotFoundError("Record");
    throw error;
  }
}

type Verb = (deps: ServiceDeps, actor: Actor | null, id: bigint) => Promise<Status>;

export function statusRoutes(api: Hono, services: ApiServices) {
  const { deps } = services;

  // Idempotency-Key: a retried post within an hour returns the first one (across instances
  // when Redis is set). A retry that arrives while the first is still being written waits for it.
  const HOUR = 3_600_000;
  const { idempotency } = services.cluster;

  async function postOnce(actor: Actor, params: Params, key: string): Promise<Status> {
    const recordKey = `${actor.accountId}:${createHash("sha256").update(key).digest("hex")}`;
    for (let attempt = 0; attempt < 100; attempt++) {
      if (await idempotency.claim(recordKey, HOUR)) {
        let status: Status;
        try {
          status = await post(actor, params);
        } catch (error) {
          await idempotency.release(recordKey).catch(() => undefined);
          throw error;
        }
        // Posted: a failure to record it must not free the key (a retry would post twice);
        // the claim then stays "pending" until it expires, and retries wait, then answer 422.
        await idempotency.complete(recordKey, String(status.id), HOUR).catch(() => undefined);
        return status;
      }
      const earlier = await idempotency.read(recordKey);
      if (earlier && earlier !== "pending") {
        const status = await deps.db.status.findUnique({ where: { id: BigInt(earlier) } });
        if (status && !status.deletedAt) return status;
        throw new NotFoundError("Record");
      }
      if (earlier === "pending") await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new ConflictError("A request with this Idempotency-Key is still being processed");
  }

  api.post("/api/v1/statuses", async (c) => {
    const state = await requestState(c, services);
    const actor = needActor(state, "write:statuses");
    const params = await readParams(c);
    const key = c.req.header("idempotency-key");
    const status = key ? await postOnce(actor, params, key) : await post(actor, params);
    return c.json(await render(state, status));
  });

  /** A new status with everything it shows loaded in one query. */
  async function render(state: RequestState, status: Status) {
    await state.loaders.prime([status.id]);
    return toMastodonStatus(state, status);
  }

  function post(actor: Actor, params: Params) {
    const visibility = str(params, "visibility");
    if (visibility && !(visibility in VISIBILITIES)) throw new ValidationError("Visibility is not included in the list", "visibility");
    const reply = str(params, "in_reply_to_id");
    return createStatus(deps, actor, {
      text: str(params, "status") ?? "",
      spoilerText: str(params, "spoiler_text"),
      visibility: visibility ? VISIBILITIES[visibility as keyof typeof VISIBILITIES] : null,
      sensitive: bool(params, "sensitive"),
      language: str(params, "language") || null,
      inReplyToId: reply ? idParam(reply) : null,
      mediaIds: mediaIds(params),
      poll: pollParam(params),
    });
  }

  api.get("/api/v1/statuses/:id", async (c) => {
    const state = await requestState(c, services);
    const status = await visibleStatus(state, idParam(c.req.param("id")));
    return c.json(await toMastodonStatus(state, status));
  });

  api.delete("/api/v1/statuses/:id", async (c) => {
    const state = await requestState(c, services);
    const id = idParam(c.req.param("id"));
    // Read the media before the delete frees them: the redraft shows them.
    await state.loaders.media.load(id);
    const deleted = await ownOnly(deleteStatus(deps, needActor(state, "write:statuses"), id));
    // Delete and redraft: the source text comes back.
    return c.json(await toMastodonStatus(state, deleted, true));
  });

  api.get("/api/v1/statuses/:id/context", async (c) => {
    const state = await requestState(c, services);
    const status = await visibleStatus(state, idParam(c.req.param("id")));
    const thread = await threadIds(deps.db, status.id);
    const [ancestors, descendants] = await Promise.all([
      visibleIds(state, thread.ancestors, "single"),
      visibleIds(state, thread.descendants, "timeline"),
    ]);
    await state.loaders.prime([...ancestors, ...descendants]);
    // Statuses caught by a "hide" filter (thread context) leave the thread, as on Mastodon.
    const render = async (ids: bigint[]) => {
      const found = (await state.loaders.statuses.loadMany(ids)).filter((s): s is Status => !!s && !(s instanceof Error));
      return Promise.all((await withoutHidden(state, found)).map((s) => toMastodonStatus(state, s)));
    };
    return c.json({ ancestors: await render(ancestors), descendants: await render(descendants) });
  });

  api.put("/api/v1/statuses/:id", async (c) => {
    const state = await requestState(c, services);
    const params = await readParams(c);
    const status = await ownOnly(editStatus(deps, needActor(state, "write:statuses"), {
      id: idParam(c.req.param("id")),
      text: str(params, "status") ?? "",
      spoilerText: str(params, "spoiler_text"),
      sensitive: bool(params, "sensitive"),
      language: str(params, "language") || null,
      mediaIds: mediaIds(params),
      mediaAttributes: mediaAttributes(params),
    }));
    return c.json(await toMastodonStatus(state, status));
  });

  api.get("/api/v1/statuses/:id/source", async (c) => {
    const state = await requestState(c, services);
    const status = await visibleStatus(state, idParam(c.req.param("id")));
    if (status.accountId !== state.reader?.accountId) throw new NotFoundError("Record");
    return c.json({ id: String(status.id), text: status.text, spoiler_text: status.spoilerText });
  });

  api.get("/api/v1/statuses/:id/history", async (c) => {
    const state = await requestState(c, services);
    const status = await visibleStatus(state, idParam(c.req.param("id")));
    const author = await state.loaders.accounts.load(status.accountId);
    const edits = await deps.db.statusEdit.findMany({ where: { statusId: status.id }, orderBy: { id: "asc" } });
    const account = author ? toMastodonAccount(author, state.origin, deps.config.domain) : null;
    const version = (v: { contentHtml: string; spoilerText: string; sensitive: boolean; createdAt: Date }) => ({
      content: v.contentHtml, spoiler_text: v.spoilerText, sensitive: v.sensitive, created_at: v.createdAt.toISOString(),
      account, poll: null, media_attachments: [], emojis: [],
    });
    return c.json([...edits.map(version), version({ ...status, createdAt: status.editedAt ?? status.createdAt })]);
  });

  for (const [name, table] of [["reblogged_by", "reblogs"], ["favourited_by", "favourites"]] as const) {
    api.get(`/api/v1/statuses/:id/${name}`, async (c) => {
      const state = await requestState(c, services);
      const status = await visibleStatus(state, idParam(c.req.param("id")));
      const ids =
        table === "favourites"
          ? (await deps.db.favourite.findMany({ where: { statusId: status.id }, orderBy: { id: "desc" }, take: 80 })).map((f) => f.accountId)
          : (await deps.db.status.findMany({ where: { reblogOfId: status.id, deletedAt: null }, orderBy: { id: "desc" }, take: 80 })).map((s) => s.accountId);
      const accounts = (await state.loaders.accounts.loadMany(ids)).filter((a): a is Account => !!a && !(a instanceof Error) && !a.suspendedAt);
      return c.json(accounts.map((a) => toMastodonAccount(a, state.origin, deps.config.domain)));
    });
  }

  const verbs: [string, Verb, string][] = [
    ["favourite", favourite, "write:favourites"],
    ["unfavourite", unfavourite, "write:favourites"],
    ["reblog", reblog, "write:statuses"],
    ["unreblog", unreblog, "write:statuses"],
    ["bookmark", bookmark, "write:bookmarks"],
    ["unbookmark", unbookmark, "write:bookmarks"],
    ["pin", pin, "write:accounts"],
    ["unpin", unpin, "write:accounts"],
    ["mute", (d, actor, id) => muteConversation(d, actor, id, true), "write:mutes"],
    ["unmute", (d, actor, id) => muteConversation(d, actor, id, false), "write:mutes"],
  ];
  for (const [name, run, scope] of verbs) {
    api.post(`/api/v1/statuses/:id/${name}`, async (c) => {
      const state = await requestState(c, services);
      const result = await run(deps, needActor(state, scope), idParam(c.req.param("id")));
      state.loaders.viewer?.flags.clearAll();
      return c.json(await toMastodonStatus(state, result));
    });
  }
}
