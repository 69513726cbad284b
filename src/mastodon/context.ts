// Per-request state for the Mastodon API: who asks, with what scopes, and loaders.
import type { Context as HonoContext } from "hono";
import { UnauthenticatedError } from "../core/errors.js";
import { hasScope } from "../core/scopes.js";
import type { Viewer } from "../core/visibility.js";
import { createLoaders, type Loaders } from "../db/loaders.js";
import type { ApiServices } from "../http/services.js";
import type { Actor } from "../services/context.js";
import { ForbiddenError } from "../core/errors.js";
import type { FilterContext } from "../core/filters.js";
import { filterContextOf } from "./filtering.js";
import { tokenRefusal, type TokenRefusal } from "../services/auth/confirm.js";

/** Mastodon's words (403) for a token whose person may not use the API yet. */
const REFUSALS: Record<TokenRefusal, string> = {
  unconfirmed: "Your login is missing a confirmed e-mail address",
  pending: "Your login is currently pending approval",
  disabled: "Your login is currently disabled",
};

export interface RequestState {
  services: ApiServices;
  token: string | null;
  actor: Actor | null;
  /** why a known token may not be used yet (pending, unconfirmed, disabled): 403 with this */
  refusal: string | null;
  /** the actor when the token may read, else null (reads as anonymous) */
  reader: Actor | null;
  loaders: Loaders;
  viewer(): Promise<Viewer | null>;
  /** Keeps relationships loaded along with a page, unless they changed meanwhile (see ViewerCache). */
  primeViewer(viewer: Viewer, versionBefore: number): void;
  origin: string;
  /** where the statuses shown are seen, for the viewer's filters (null: no particular place) */
  filterContext?: FilterContext | null;
}

export function bearer(c: HonoContext): string | null {
  const header = c.req.header("authorization");
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match ? match[1]! : (new URL(c.req.url).searchParams.get("access_token") ?? null);
}

export async function requestState(c: HonoContext, services: ApiServices): Promise<RequestState> {
  const token = bearer(c);
  const actor = token ? await services.auth.authenticate(token) : null;
  const refused = token && !actor ? await tokenRefusal(services.deps, token) : null;
  const refusal = refused ? REFUSALS[refused] : null;
  const reader = actor && hasScope(actor.scopes, "read") ? actor : null;
  let viewer: Promise<Viewer | null> | undefined;
  return {
    services,
    token,
    actor,
    refusal,
    reader,
    loaders: createLoaders(services.deps.pool, services.shared.direct, reader?.accountId ?? null, services.shared.flags),
    viewer: () => (viewer ??= reader ? services.viewers.load(reader.accountId) : Promise.resolve(null)),
    primeViewer(loaded, versionBefore) {
      if (!reader || loaded.accountId !== reader.accountId) return;
      if (services.viewers.version(reader.accountId) !== versionBefore) return;
      services.viewers.prime(loaded);
      viewer = Promise.resolve(loaded);
    },
    origin: services.deps.config.publicUrl,
    filterContext: filterContextOf(c.req.method, c.req.path),
  };
}

/** The signed-in actor, with the scope an endpoint needs (Mastodon answers 401 / 403). */
export function needActor(state: RequestState, scope?: string, ...alternatives: string[]): Actor {
  if (!state.actor && state.refusal) throw new ForbiddenError(state.refusal);
  if (!state.actor) throw new UnauthenticatedError("The access token is invalid");
  if (scope && ![scope, ...alternatives].some((wanted) => hasScope(state.actor!.scopes, wanted))) {
    throw new ForbiddenError(`This action is outside the authorized scopes`);
  }
  return state.actor;
}
