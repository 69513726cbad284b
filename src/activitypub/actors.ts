// Actors: local accounts at /users/{username} (the URIs accounts got at sign-up, see
// core/urls.ts) and the instance actor at /actor. WebFinger (served by Fedify) finds them by
// acct: handle, any case, or by actor URL, and its `self` link is the actor's exact id.
import type { Context, Federation } from "@fedify/fedify";
import type { Account } from "../generated/prisma/client.js";
import type { FederationData } from "./context.js";
import type { KeyRing } from "./keys.js";
import { accountOf, usernameForHandle } from "./reads.js";
import { toActor, toInstanceActor } from "./vocab/actor.js";

/** Fedify's identifier for the instance actor: "actor" is a reserved username, so no one has it. */
export const INSTANCE_ACTOR = "actor";
export const INSTANCE_ACTOR_PATH = "/actor";
const WEBFINGER_PATH = "/.well-known/webfinger";

/** A local account's actor document (served, and embedded in the Update sent when it changes). */
export async function actorDocument(ctx: Context<FederationData>, account: Account) {
  const identifier = account.username;
  const movedTo = account.movedToAccountId
    ? await ctx.data.deps.db.account.findUnique({ where: { id: account.movedToAccountId }, select: { uri: true } })
    : null;
  const uris = { following: ctx.getFollowingUri(identifier), featured: ctx.getFeaturedUri(identifier), movedTo: movedTo ? new URL(movedTo.uri) : null };
  return toActor(account, uris, await ctx.getActorKeyPairs(identifier));
}

export function registerActors(federation: Federation<FederationData>, keys: KeyRing) {
  federation
    .setActorDispatcher("/users/{identifier}", async (ctx, identifier) => {
      const { config } = ctx.data.deps;
      if (identifier === INSTANCE_ACTOR) {
        // Only at /actor (and through WebFinger), not also at /users/actor.
        if (ctx.url.pathname === `/users/${INSTANCE_ACTOR}`) return null;
        const origin = config.publicUrl;
        return toInstanceActor(
          {
            id: ctx.getActorUri(INSTANCE_ACTOR),
            domain: config.domain,
            // Where Fedify's inbox and outbox routes (/users/{identifier}/...) will serve it.
            inbox: new URL(`${origin}/users/${INSTANCE_ACTOR}/inbox`),
            outbox: new URL(`${origin}/users/${INSTANCE_ACTOR}/outbox`),
            sharedInbox: new URL(`${origin}/inbox`),
            url: new URL(origin),
          },
          await ctx.getActorKeyPairs(INSTANCE_ACTOR),
        );
      }
      const account = await accountOf(ctx.data, identifier);
      if (!account) return null;
      // WebFinger does not know suspended people; their actor says they are suspended.
      if (account.suspendedAt && ctx.url.pathname === WEBFINGER_PATH) return null;
      return actorDocument(ctx, account);
    })
    .setKeyPairsDispatcher(async (ctx, identifier) => {
      if (identifier === INSTANCE_ACTOR) return keys.instance();
      const account = await accountOf(ctx.data, identifier);
      return account ? keys.account(account.id) : [];
    })
    .mapHandle(async (ctx, username) => {
      // Mastodon's convention: the instance actor is acct:{domain}@{domain}.
      if (username.toLowerCase() === ctx.data.deps.config.domain.toLowerCase()) return INSTANCE_ACTOR;
      return usernameForHandle(ctx.data.deps, username);
    })
    .mapActorAlias(INSTANCE_ACTOR_PATH, INSTANCE_ACTOR);
}
