import { updateProfile } from "../../services/accounts/update-profile.js";
import { login } from "../../services/auth/login.js";
import { logout } from "../../services/auth/logout.js";
import { follow } from "../../services/follows/follow.js";
import { authorizeFollowRequest, rejectFollowRequest } from "../../services/follows/requests.js";
import { unfollow } from "../../services/follows/unfollow.js";
import { block, unblock } from "../../services/relationships/block.js";
import { mute, unmute } from "../../services/relationships/mute.js";
import { markNotificationsRead } from "../../services/notifications/mark-read.js";
import type { Account } from "../../generated/prisma/client.js";
import { builder } from "../builder.js";
import { idArg } from "../ids.js";
import { AccountRef } from "./account.js";
import { MUTATION_ERRORS } from "./errors.js";

// `register` is in signup.ts.
const AuthPayload = builder.objectRef<{ token: string; account: Account }>("AuthPayload").implement({
  fields: (t) => ({
    token: t.exposeString("token", { description: "Send it as `Authorization: Bearer <token>`" }),
    account: t.field({ type: AccountRef, resolve: (p) => p.account }),
  }),
});

const ProfileFieldInput = builder.inputType("ProfileFieldInput", {
  fields: (t) => ({ name: t.string({ required: true }), value: t.string({ required: true }) }),
});

builder.mutationFields((t) => ({
  login: t.field({
    type: AuthPayload,
    errors: MUTATION_ERRORS,
    args: { email: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => login(ctx.deps, args),
  }),
  logout: t.boolean({
    errors: MUTATION_ERRORS,
    description: "Revokes the token this request was made with",
    resolve: async (_root, _args, ctx) => {
      const revoked = await logout(ctx.deps, ctx.actor, ctx.token ?? "");
      ctx.auth.forget(ctx.token ?? "");
      return revoked;
    },
  }),
  updateProfile: t.field({
    type: AccountRef,
    errors: MUTATION_ERRORS,
    args: {
      displayName: t.arg.string(),
      note: t.arg.string({ description: "The bio, as plain text" }),
      fields: t.arg({ type: [ProfileFieldInput] }),
      locked: t.arg.boolean({ description: "Approve followers by hand" }),
      bot: t.arg.boolean(),
      discoverable: t.arg.boolean(),
      avatar: t.arg({ type: "File", description: "A new avatar (multipart request); cropped to 400×400" }),
      header: t.arg({ type: "File", description: "A new header image (multipart request); cropped to 1500×500" }),
      removeAvatar: t.arg.boolean({ description: "Go back to the default avatar" }),
      removeHeader: t.arg.boolean({ description: "Go back to the default header" }),
    },
    resolve: async (_root, { avatar, header, removeAvatar, removeHeader, ...args }, ctx) => {
      const image = async (file: File | null | undefined, remove: boolean | null | undefined) =>
        file ? { data: Buffer.from(await file.arrayBuffer()), contentType: file.type } : remove ? null : undefined;
      return updateProfile(ctx.deps, ctx.actor, { ...args, avatar: await image(avatar, removeAvatar), header: await image(header, removeHeader) });
    },
  }),
  follow: t.field({
    type: AccountRef,
    errors: MUTATION_ERRORS,
    description: "Follows an account (a request, when it is locked); see its `relationship`",
    args: { accountId: t.arg.id({ required: true }), reblogs: t.arg.boolean(), notify: t.arg.boolean() },
    resolve: (_root, args, ctx) =>
      follow(ctx.deps, ctx.actor, {
        accountId: idArg(String(args.accountId), "Account", "accountId"),
        showReblogs: args.reblogs,
        notify: args.notify,
      }),
  }),
  unfollow: accountVerb(t, "Unfollows, or withdraws a follow request", (ctx, id) => unfollow(ctx.deps, ctx.actor, id)),
  authorizeFollowRequest: accountVerb(t, "Accepts a follow request; returns the requester", (ctx, id) =>
    authorizeFollowRequest(ctx.deps, ctx.actor, id),
  ),
  rejectFollowRequest: accountVerb(t, "Declines a follow request; returns the requester", (ctx, id) =>
    rejectFollowRequest(ctx.deps, ctx.actor, id),
  ),
  block: accountVerb(t, "Blocks an account; follows both ways end", (ctx, id) => block(ctx.deps, ctx.actor, id)),
  unblock: accountVerb(t, "Unblocks an account", (ctx, id) => unblock(ctx.deps, ctx.actor, id)),
  mute: t.field({
    type: AccountRef,
    errors: MUTATION_ERRORS,
    args: {
      accountId: t.arg.id({ required: true }),
      notifications: t.arg.boolean({ description: "Hide their notifications too (default true)" }),
      duration: t.arg.int({ description: "Seconds; 0 or absent for ever" }),
    },
    resolve: (_root, args, ctx) =>
      mute(ctx.deps, ctx.actor, {
        accountId: idArg(String(args.accountId), "Account", "accountId"),
        notifications: args.notifications,
        duration: args.duration,
      }),
  }),
  unmute: accountVerb(t, "Unmutes an account", (ctx, id) => unmute(ctx.deps, ctx.actor, id)),
  markNotificationsRead: t.int({
    errors: MUTATION_ERRORS,
    description: "Marks notifications read (all, or up to and including `upToId`); returns how many",
    args: { upToId: t.arg.id() },
    resolve: (_root, args, ctx) =>
      markNotificationsRead(
        ctx.deps,
        ctx.actor,
        args.upToId != null ? idArg(String(args.upToId), "Notification", "upToId") : null,
      ),
  }),
}));

type FieldBuilder = Parameters<Parameters<typeof builder.mutationFields>[0]>[0];
type Ctx = Parameters<NonNullable<Parameters<FieldBuilder["field"]>[0]["resolve"]>>[2];

function accountVerb(t: FieldBuilder, description: string, run: (ctx: Ctx, id: bigint) => Promise<Account>) {
  return t.field({
    type: AccountRef,
    errors: MUTATION_ERRORS,
    description,
    args: { accountId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => run(ctx, idArg(String(args.accountId), "Account", "accountId")),
  });
}
