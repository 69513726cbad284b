import type { Relationship } from "../../db/loaders.js";
import type { Account } from "../../generated/prisma/client.js";
import { builder } from "../builder.js";
import { CustomEmojiRef } from "./emoji.js";
import { storedEmojis } from "../../core/emojis.js";

interface StoredField {
  name: string;
  value: string;
  valueHtml: string;
  verifiedAt: string | null;
}

const ProfileField = builder.objectRef<StoredField>("ProfileField").implement({
  fields: (t) => ({
    name: t.exposeString("name"),
    value: t.exposeString("value", { description: "As typed" }),
    valueHtml: t.exposeString("valueHtml", { description: "Sanitised HTML (links made clickable)" }),
    verifiedAt: t.string({ nullable: true, resolve: (field) => field.verifiedAt }),
  }),
});

export const RelationshipType = builder.objectRef<Relationship>("Relationship").implement({
  description: "How the signed-in person and an account relate",
  fields: (t) => ({
    following: t.exposeBoolean("following"),
    showingReblogs: t.exposeBoolean("showingReblogs"),
    notifying: t.exposeBoolean("notifying"),
    followedBy: t.exposeBoolean("followedBy"),
    requested: t.exposeBoolean("requested", { description: "You asked to follow; they have not answered" }),
    requestedBy: t.exposeBoolean("requestedBy"),
    blocking: t.exposeBoolean("blocking"),
    blockedBy: t.exposeBoolean("blockedBy"),
    muting: t.exposeBoolean("muting"),
    mutingNotifications: t.exposeBoolean("mutingNotifications"),
    domainBlocking: t.exposeBoolean("domainBlocking", { description: "You blocked the account's server" }),
  }),
});

// Accounts are loaded with hand-written batched SQL (db/records.ts) on hot paths and by
// Prisma elsewhere: both give the Prisma model's shape.
export const AccountRef = builder.objectRef<Account>("Account");

builder.node(AccountRef, {
  id: { resolve: (a) => String(a.id) },
  fields: (t) => ({
    snowflake: t.string({ description: "The numeric id, as the Mastodon API shows it", resolve: (a) => String(a.id) }),
    username: t.exposeString("username"),
    domain: t.exposeString("domain", { nullable: true, description: "Null for accounts on this server" }),
    acct: t.string({
      description: "username for local accounts, username@domain for remote ones",
      resolve: (a) => (a.domain ? `${a.username}@${a.domain}` : a.username),
    }),
    handle: t.string({
      description: "The full fediverse handle, @username@domain",
      resolve: (a, _args, ctx) => `@${a.username}@${a.domain ?? ctx.deps.config.domain}`,
    }),
    displayName: t.exposeString("displayName"),
    emojis: t.field({ type: [CustomEmojiRef], description: "Custom emoji of the account's server used in the name, bio or fields", resolve: (parent) => storedEmojis(parent.emojis) }),
    note: t.exposeString("noteHtml", { description: "The bio, as sanitised HTML" }),
    noteSource: t.string({
      nullable: true,
      description: "The bio as typed (only for the account itself)",
      resolve: (a, _args, ctx) => (ctx.actor?.accountId === a.id ? a.noteSource : null),
    }),
    fields: t.field({ type: [ProfileField], resolve: (a) => (a.fields as unknown as StoredField[]) ?? [] }),
    locked: t.exposeBoolean("locked"),
    bot: t.exposeBoolean("bot"),
    discoverable: t.exposeBoolean("discoverable"),
    uri: t.exposeString("uri"),
    url: t.exposeString("url", { nullable: true }),
    avatarUrl: t.exposeString("avatarUrl", { nullable: true }),
    headerUrl: t.exposeString("headerUrl", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    lastStatusAt: t.expose("lastStatusAt", { type: "DateTime", nullable: true }),
    statusesCount: t.exposeInt("statusesCount"),
    followersCount: t.exposeInt("followersCount"),
    followingCount: t.exposeInt("followingCount"),
    movedTo: t.field({
      type: AccountRef,
      nullable: true,
      description: "The account this person moved to",
      resolve: async (a, _args, ctx) => (a.movedToAccountId ? ((await ctx.loaders.accounts.load(a.movedToAccountId)) ?? null) : null),
    }),
    alsoKnownAs: t.stringList({
      description: "Actor URIs this person says are also theirs (an account may move here from them)",
      resolve: (a) => a.alsoKnownAs ?? [],
    }),
    relationship: t.field({
      type: RelationshipType,
      nullable: true,
      description: "Null when signed out or for yourself",
      resolve: (a, _args, ctx) =>
        ctx.loaders.viewer && ctx.actor?.accountId !== a.id ? ctx.loaders.viewer.relationship.load(a.id) : null,
    }),
  }),
});
