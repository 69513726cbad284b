// A person's posts as an ActivityPub archive, as Mastodon's archive has it (outbox.json: an
// OrderedCollection of their Create and Announce activities, every visibility, oldest
// first) with their actor document: GET /settings/exports/outbox.json with a bearer token.
import type { Federation } from "@fedify/fedify";
import type { Hono } from "hono";
import type { Authenticator } from "../http/auth.js";
import type { ServiceDeps } from "../services/context.js";
import { hasScope } from "../core/scopes.js";
import { actorDocument } from "./actors.js";
import { newFederationData, type FederationData } from "./context.js";
import { noteInclude } from "./reads.js";
import { toActivity } from "./vocab/note.js";

const PAGE = 500;
const MAX_POSTS = 50_000;

export function archiveRoutes(http: Hono, federation: Federation<FederationData>, deps: ServiceDeps, auth: Authenticator) {
  http.get("/settings/exports/outbox.json", async (c) => {
    const token = /^Bearer\s+(.+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
    const actor = token ? await auth.authenticate(token) : null;
    if (!actor) return c.json({ error: "The access token is invalid" }, 401);
    if (!hasScope(actor.scopes, "read")) return c.json({ error: "This action is outside the authorized scopes" }, 403);
    const account = await deps.db.account.findUniqueOrThrow({ where: { id: actor.accountId } });
    const ctx = federation.createContext(new URL(deps.config.publicUrl), newFederationData(deps));
    const options = { origin: deps.config.publicUrl, domain: deps.config.domain, storage: deps.storage };
    const items: unknown[] = [];
    let after = 0n;
    for (;;) {
      const page = await deps.db.status.findMany({
        where: { accountId: account.id, deletedAt: null, id: { gt: after } },
        include: noteInclude,
        orderBy: { id: "asc" },
        take: PAGE,
      });
      for (const status of page) {
        const activity = toActivity(status, options);
        if (activity) items.push(await activity.toJsonLd({ format: "compact", contextLoader: ctx.contextLoader }));
      }
      if (page.length < PAGE || items.length >= MAX_POSTS) break;
      after = page[page.length - 1]!.id;
    }
    const person = await (await actorDocument(ctx, account)).toJsonLd({ format: "compact", contextLoader: ctx.contextLoader });
    return c.json(
      {
        "@context": "https://www.w3.org/ns/activitystreams",
        id: "outbox.json",
        type: "OrderedCollection",
        totalItems: items.length,
        orderedItems: items,
        actor: person,
      },
      200,
      { "content-disposition": 'attachment; filename="outbox.json"', "cache-control": "private, no-store" },
    );
  });
}
