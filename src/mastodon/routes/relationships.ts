// Sign-up, profile edits, blocks, mutes, follow requests and follower lists.
import type { Hono } from "hono";
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "../../core/errors.js";
import { hasScope } from "../../core/scopes.js";
import { parseId } from "../../core/ids.js";
import type { ApiServices } from "../../http/services.js";
import { register } from "../../services/accounts/register.js";
import { updateProfile } from "../../services/accounts/update-profile.js";
import { hashToken } from "../../services/auth/tokens.js";
import { authorizeFollowRequest, rejectFollowRequest } from "../../services/follows/requests.js";
import { block, unblock } from "../../services/relationships/block.js";
import { mute, unmute } from "../../services/relationships/mute.js";
import { bearer, needActor, requestState, type RequestState } from "../context.js";
import { toCredentialAccount, toMastodonAccount } from "../entities/account.js";
import { currentRelationship } from "../entities/relationship.js";
import { linkHeader, mastodonPage } from "../paging.js";
import { bool, file, idParam, type Params, readParams, str, strings } from "../params.js";
import { familiarFollowers } from "../../db/search.js";
import type { Account } from "../../generated/prisma/client.js";



/** fields_attributes[0][name]=... or an array of {name, value}. */
function fieldsOf(params: Params) {
  const raw = params.fields_attributes;
  if (raw === undefined) return undefined;
  const list = Array.isArray(raw) ? raw : Object.values(raw as Record<string, unknown>);
  return list.map((field) => {
    const f = field as Record<string, unknown>;
    return { name: String(f.name ?? ""), value: String(f.value ?? "") };
  }).filter((field) => field.name !== "" || field.value !== "");
}

/** Mastodon's 422 for a sign-up: the parameter at fault, with its error code. */
function signUpError(error: unknown) {
  if (!(error instanceof ValidationError) || !error.field) return null;
  const param = ({ inviteCode: "invite_code", displayName: "display_name" } as Record<string, string>)[error.field] ?? error.field;
  const code = param === "agreement" ? "ERR_ACCEPTED" : param === "reason" && /blank|why/i.test(error.message) ? "ERR_BLANK" : "ERR_INVALID";
  return { error: error.message, details: { [param]: [{ error: code, description: error.message }] } };
}

const image = async (sent: File | undefined) => (sent ? { data: Buffer.from(await sent.arrayBuffer()), contentType: sent.type } : undefined);

export function relationshipRoutes(api: Hono, services: ApiServices) {
  const { deps } = services;
  const { publicUrl: origin, domain } = deps.config;

  // Sign-up needs an app's token (client_credentials), as on Mastodon.
  api.post("/api/v1/accounts", async (c) => {
    const token = bearer(c);
    const app = token ? await deps.db.accessToken.findUnique({ where: { tokenHash: hashToken(token) } }) : null;
    if (!app?.appId) throw new UnauthenticatedError("The access token is invalid");
    if (!hasScope(app.scopes, "write:accounts")) throw new ForbiddenError("This action is outside the authorized scopes");
    const params = await readParams(c);
    let created;
    try {
      created = await register(deps, {
        username: str(params, "username") ?? "",
        email: str(params, "email") ?? "",
        password: str(params, "password") ?? "",
        reason: str(params, "reason"),
        inviteCode: str(params, "invite_code"),
        agreement: bool(params, "agreement"),
      });
    } catch (error) {
      const failed = signUpError(error);
      if (failed) return c.json(failed, 422);
      throw error;
    }
    // A pending applicant gets a token too, as on Mastodon: it works once a moderator approves.
    return c.json({ access_token: created.token, token_type: "Bearer", scope: "read write follow push", created_at: Math.floor(Date.now() / 1000) });
  });

  api.patch("/api/v1/accounts/update_credentials", async (c) => {
    const state = await requestState(c, services);
    const params = await readParams(c);
    const account = await updateProfile(deps, needActor(state, "write:accounts"), {
      displayName: str(params, "display_name"),
      note: str(params, "note"),
      fields: fieldsOf(params),
      locked: bool(params, "locked"),
      bot: bool(params, "bot"),
      discoverable: bool(params, "discoverable"),
      avatar: await image(file(params, "avatar")),
      header: await image(file(params, "header")),
    });
    return c.json(toCredentialAccount(account, origin, domain));
  });

  api.get("/api/v1/accounts/familiar_followers", async (c) => {
    const state = await requestState(c, services);
    const actor = needActor(state, "read:follows");
    const ids = [...new Set((strings(await readParams(c), "id") ?? []).flatMap((raw) => parseId(raw) ?? []))].slice(0, 40);
    const familiar = await familiarFollowers(deps.pool, actor.accountId, ids);
    const body = [];
    for (const id of ids) {
      const accounts = (await state.loaders.accounts.loadMany(familiar.get(id) ?? [])).filter((a): a is Account => !!a && !(a instanceof Error));
      body.push({ id: String(id), accounts: accounts.map((a) => toMastodonAccount(a, origin, domain)) });
    }
    return c.json(body);
  });

  for (const kind of ["avatar", "header"] as const) {
    api.delete(`/api/v1/profile/${kind}`, async (c) => {
      const state = await requestState(c, services);
      const account = await updateProfile(deps, needActor(state, "write:accounts"), { [kind]: null });
      return c.json(toCredentialAccount(account, origin, domain));
    });
  }

  const verbs = [
    ["block", (s: RequestState, id: bigint) => block(deps, needActor(s, "write:blocks"), id)],
    ["unblock", (s: RequestState, id: bigint) => unblock(deps, needActor(s, "write:blocks"), id)],
    ["unmute", (s: RequestState, id: bigint) => unmute(deps, needActor(s, "write:mutes"), id)],
  ] as const;
  for (const [name, run] of verbs) {
    api.post(`/api/v1/accounts/:id/${name}`, async (c) => {
      const state = await requestState(c, services);
      const id = idParam(c.req.param("id"));
      await run(state, id);
      return c.json(await currentRelationship(state, id));
    });
  }

  api.post("/api/v1/accounts/:id/mute", async (c) => {
    const state = await requestState(c, services);
    const params = await readParams(c);
    const id = idParam(c.req.param("id"));
    const duration = str(params, "duration");
    await mute(deps, needActor(state, "write:mutes"), {
      accountId: id,
      notifications: bool(params, "notifications"),
      duration: duration === undefined ? null : Number(duration),
    });
    return c.json(await currentRelationship(state, id));
  });

  api.get("/api/v1/follow_requests", async (c) => {
    const state = await requestState(c, services);
    const actor = needActor(state, "read:follows");
    const page = mastodonPage(await readParams(c), 40, 80);
    const requests = await deps.db.followRequest.findMany({
      where: {
        targetAccountId: actor.accountId,
        ...(page.maxId !== null ? { id: { lt: page.maxId } } : {}),
        ...(page.minId !== null ? { id: { gt: page.minId } } : {}),
      },
      orderBy: { id: page.ascending ? "asc" : "desc" },
      take: page.size,
      include: { account: true },
    });
    requests.sort((a, b) => (a.id < b.id ? 1 : -1));
    const link = linkHeader(c.req.url, requests.map((r) => String(r.id)));
    if (link) c.header("Link", link);
    return c.json(requests.map((r) => toMastodonAccount(r.account, origin, domain)));
  });

  for (const [name, run] of [["authorize", authorizeFollowRequest], ["reject", rejectFollowRequest]] as const) {
    api.post(`/api/v1/follow_requests/:id/${name}`, async (c) => {
      const state = await requestState(c, services);
      const id = idParam(c.req.param("id"));
      await run(deps, needActor(state, "write:follows", "follow"), id);
      return c.json(await currentRelationship(state, id));
    });
  }

  for (const direction of ["followers", "following"] as const) {
    api.get(`/api/v1/accounts/:id/${direction}`, async (c) => {
      const id = idParam(c.req.param("id"));
      const account = await deps.db.account.findUnique({ where: { id }, select: { suspendedAt: true } });
      if (!account || account.suspendedAt) throw new NotFoundError("Record");
      const page = mastodonPage(await readParams(c), 40, 80);
      const side = direction === "followers" ? { targetAccountId: id } : { accountId: id };
      const follows = await deps.db.follow.findMany({
        where: {
          ...side,
          ...(page.maxId !== null ? { id: { lt: page.maxId } } : {}),
          ...(page.minId !== null ? { id: { gt: page.minId } } : {}),
        },
        orderBy: { id: page.ascending ? "asc" : "desc" },
        take: page.size,
        include: { account: true, targetAccount: true },
      });
      follows.sort((a, b) => (a.id < b.id ? 1 : -1));
      const link = linkHeader(c.req.url, follows.map((f) => String(f.id)));
      if (link) c.header("Link", link);
      const accounts = follows.map((f) => (direction === "followers" ? f.account : f.targetAccount)).filter((a) => !a.suspendedAt);
      return c.json(accounts.map((a) => toMastodonAccount(a, origin, domain)));
    });
  }
}
