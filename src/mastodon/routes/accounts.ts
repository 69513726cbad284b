// Accounts: the signed-in one, look-ups, their statuses, follows and relationships.
import type { Hono } from "hono";
import { NotFoundError, ValidationError } from "../../core/errors.js";
import { parseId } from "../../core/ids.js";
import { accountStatusesPage } from "../../db/timelines.js";
import type { ApiServices } from "../../http/services.js";
import { follow } from "../../services/follows/follow.js";
import { unfollow } from "../../services/follows/unfollow.js";
import { needActor, requestState, type RequestState } from "../context.js";
import { toCredentialAccount, toMastodonAccount } from "../entities/account.js";
import { currentRelationship, relationshipLoader, toMastodonRelationship } from "../entities/relationship.js";
import { mastodonPage } from "../paging.js";
import { bool, idParam, readParams, str, strings } from "../params.js";
import { statusPage } from "../render.js";


async function activeAccount(state: RequestState, id: bigint) {
  const account = await state.loaders.accounts.load(id);
  if (!account || account.suspendedAt) throw new NotFoundError("Record");
  return account;
}

export function accountRoutes(api: Hono, services: ApiServices) {
  const { origin, domain } = { origin: services.deps.config.publicUrl, domain: services.deps.config.domain };

  api.get("/api/v1/accounts/verify_credentials", async (c) => {
    const state = await requestState(c, services);
    const actor = needActor(state, "read:accounts");
    const account = await activeAccount(state, actor.accountId);
    return c.json(toCredentialAccount(account, origin, domain));
  });

  api.get("/api/v1/accounts/lookup", async (c) => {
    const state = await requestState(c, services);
    const acct = (str(await readParams(c), "acct") ?? "").replace(/^@/, "");
    if (!acct) throw new ValidationError("acct is missing", "acct");
    const [username, host] = acct.split("@");
    const key = `${username!.toLowerCase()}@${host && host.toLowerCase() !== domain.toLowerCase() ? host.toLowerCase() : ""}`;
    const account = await services.deps.db.account.findUnique({ where: { handleKey: key } });
    if (!account || account.suspendedAt) throw new NotFoundError("Record");
    void state;
    return c.json(toMastodonAccount(account, origin, domain));
  });

  api.get("/api/v1/accounts/relationships", async (c) => {
    const state = await requestState(c, services);
    needActor(state, "read:follows");
    const ids = (strings(await readParams(c), "id") ?? []).flatMap((raw) => {
      const id = parseId(raw);
      return id === undefined ? [] : [id];
    });
    const loader = relationshipLoader(state);
    const relationships = await Promise.all(ids.map((id) => loader.load(id)));
    return c.json(relationships.map((rel, i) => toMastodonRelationship(ids[i]!, rel)));
  });

  api.get("/api/v1/accounts/:id", async (c) => {
    const state = await requestState(c, services);
    const account = await activeAccount(state, idParam(c.req.param("id")));
    const movedTo = account.movedToAccountId ? await services.deps.db.account.findUnique({ where: { id: account.movedToAccountId } }) : null;
    const moved = movedTo && !movedTo.suspendedAt ? { moved: toMastodonAccount(movedTo, origin, domain) } : {};
    return c.json({ ...toMastodonAccount(account, origin, domain), ...moved });
  });

  api.get("/api/v1/accounts/:id/statuses", async (c) => {
    const state = await requestState(c, services);
    const params = await readParams(c);
    const account = await activeAccount(state, idParam(c.req.param("id")));
    const filter = {
      excludeReplies: bool(params, "exclude_replies") ?? false,
      excludeReblogs: bool(params, "exclude_reblogs") ?? false,
      pinnedOnly: bool(params, "pinned") ?? false,
      onlyMedia: bool(params, "only_media") ?? false,
    };
    return statusPage(c, state, mastodonPage(params), (page) => accountStatusesPage(account.id, state.reader?.accountId ?? null, filter, page), "single");
  });

  api.post("/api/v1/accounts/:id/follow", async (c) => {
    const state = await requestState(c, services);
    const params = await readParams(c);
    const id = idParam(c.req.param("id"));
    await follow(services.deps, needActor(state, "write:follows", "follow"), {
      accountId: id,
      showReblogs: bool(params, "reblogs"),
      notify: bool(params, "notify"),
    });
    return c.json(await currentRelationship(state, id));
  });

  api.post("/api/v1/accounts/:id/unfollow", async (c) => {
    const state = await requestState(c, services);
    const id = idParam(c.req.param("id"));
    await unfollow(services.deps, needActor(state, "write:follows", "follow"), id);
    return c.json(await currentRelationship(state, id));
  });
}
