// Joining the server: `register` (as the registrations mode says), the server's rules
// (public; admins edit them), invitation links, and `instance` (how sign-up works here and
// when the server closes).
import type { Account, Invite, Rule } from "../../generated/prisma/client.js";
import { register } from "../../services/accounts/register.js";
import { confirmEmail, resendConfirmation } from "../../services/auth/confirm.js";
import { createInvite, inviteUrl, isUsable, listInvites, remainingUses, revokeInvite } from "../../services/admin/invites.js";
import { createRule, deleteRule, listRules, updateRule } from "../../services/admin/rules.js";
import { getSettings, type Settings } from "../../services/settings.js";
import { builder } from "../builder.js";
import { idArg } from "../ids.js";
import { AccountRef } from "./account.js";
import { MUTATION_ERRORS } from "./errors.js";

const RegistrationPayload = builder.objectRef<{ token: string; account: Account; pending: boolean; unconfirmed: boolean }>("RegistrationPayload").implement({
  fields: (t) => ({
    token: t.exposeString("token", { description: "Send it as `Authorization: Bearer <token>`; works once the account is approved" }),
    account: t.field({ type: AccountRef, resolve: (p) => p.account }),
    approvalPending: t.boolean({
      description: "A moderator has to approve the account before it can sign in",
      resolve: (p) => p.pending,
    }),
    confirmationPending: t.boolean({
      description: "A link was mailed to the address (servers that send mail): open it, or pass its token to `confirmEmail`, before signing in",
      resolve: (p) => p.unconfirmed,
    }),
  }),
});

export const RuleRef = builder.objectRef<Rule>("Rule").implement({
  description: "One of the server's rules",
  fields: (t) => ({
    id: t.id({ resolve: (rule) => String(rule.id) }),
    text: t.exposeString("text"),
    hint: t.exposeString("hint", { description: "More about the rule" }),
    position: t.exposeInt("position", { description: "Rules are listed by position, lowest first" }),
  }),
});

const InviteRef = builder.objectRef<Invite>("Invite").implement({
  description: "An invitation link to join the server",
  fields: (t) => ({
    id: t.id({ resolve: (invite) => String(invite.id) }),
    code: t.exposeString("code"),
    url: t.string({ description: "The link to hand out", resolve: (invite, _args, ctx) => inviteUrl(ctx.deps.config.publicUrl, invite.code) }),
    maxUses: t.int({ nullable: true, description: "Null: any number of times", resolve: (invite) => invite.maxUses }),
    uses: t.exposeInt("uses"),
    remainingUses: t.int({ nullable: true, description: "Null: unlimited", resolve: (invite) => remainingUses(invite) }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true }),
    autofollow: t.exposeBoolean("autofollow", { description: "New people follow the inviter" }),
    comment: t.exposeString("comment"),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
    usable: t.boolean({ description: "Not revoked, expired nor used up", resolve: (invite) => isUsable(invite) }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const RegistrationsModeEnum = builder.enumType("RegistrationsMode", {
  values: {
    OPEN: { description: "Anyone may sign up" },
    APPROVAL: { description: "A moderator approves each applicant, who says why they want to join" },
    INVITE: { description: "Only with an invitation" },
    CLOSED: { description: "Nobody may sign up" },
  } as const,
});

const InstanceRef = builder.objectRef<Settings>("Instance").implement({
  description: "This server: how to join it, its rules, and whether it is closing",
  fields: (t) => ({
    domain: t.string({ resolve: (_s, _args, ctx) => ctx.deps.config.domain }),
    registrationsMode: t.field({
      type: RegistrationsModeEnum,
      resolve: (s) => s.registrationsMode.toUpperCase() as "OPEN" | "APPROVAL" | "INVITE" | "CLOSED",
    }),
    approvalRequired: t.boolean({ description: "Sign-ups wait for a moderator (unless invited)", resolve: (s) => s.registrationsMode === "approval" }),
    reasonRequired: t.boolean({ description: "`register` needs a `reason`", resolve: (s) => s.registrationsMode === "approval" }),
    invitesEnabled: t.boolean({ description: "Invitation links can be used to join", resolve: (s) => s.registrationsMode !== "closed" }),
    invitesBy: t.string({ description: "Who may create invitations: users, moderators or admins", resolve: (s) => s.invitesBy }),
    closingAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the server shuts down; null when it is not closing",
      resolve: (s) => (s.closingAt ? new Date(s.closingAt) : null),
    }),
    rules: t.field({ type: [RuleRef], description: "To accept at sign-up (`agreement`)", resolve: (_s, _args, ctx) => listRules(ctx.deps) }),
  }),
});

builder.queryFields((t) => ({
  instance: t.field({ type: InstanceRef, resolve: (_root, _args, ctx) => getSettings(ctx.deps) }),
  rules: t.field({ type: [RuleRef], description: "The server's rules, in order", resolve: (_root, _args, ctx) => listRules(ctx.deps) }),
  myInvites: t.field({
    type: [InviteRef],
    description: "The invitations you created, newest first",
    authScopes: { read: true },
    resolve: (_root, _args, ctx) => listInvites(ctx.deps, ctx.actor),
  }),
}));

builder.mutationFields((t) => ({
  register: t.field({
    type: RegistrationPayload,
    errors: MUTATION_ERRORS,
    description:
      "Creates an account and signs it in. See `instance`: in APPROVAL mode give a `reason` (the account waits for a moderator), " +
      "in INVITE mode an `inviteCode`; when the server has rules, `agreement: true`",
    args: {
      username: t.arg.string({ required: true }),
      email: t.arg.string({ required: true }),
      password: t.arg.string({ required: true }),
      displayName: t.arg.string(),
      agreement: t.arg.boolean({ description: "You accept the server's rules" }),
      reason: t.arg.string({ description: "Why you want to join (for the moderators)" }),
      inviteCode: t.arg.string({ description: "The code of an invitation link" }),
    },
    resolve: (_root, args, ctx) => register(ctx.deps, { ...args, displayName: args.displayName ?? undefined }),
  }),
  confirmEmail: t.boolean({
    errors: MUTATION_ERRORS,
    description: "Confirms an e-mail address with the token of the mailed link (`confirmation_token` in it)",
    args: { token: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => (await confirmEmail(ctx.deps, args.token), true),
  }),
  resendConfirmation: t.boolean({
    errors: MUTATION_ERRORS,
    description: "Mails a new confirmation link to an address that waits for one (answers true whether or not there is such an address)",
    args: { email: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => (await resendConfirmation(ctx.deps, args.email), true),
  }),
  createInvite: t.field({
    type: InviteRef,
    errors: MUTATION_ERRORS,
    description: "Creates an invitation link (who may is a server setting)",
    args: {
      maxUses: t.arg.int({ description: "Absent: any number of times" }),
      expiresIn: t.arg.int({ description: "Seconds until it expires; absent: never" }),
      autofollow: t.arg.boolean({ description: "New people follow you" }),
      comment: t.arg.string({ description: "A note for yourself" }),
    },
    resolve: (_root, args, ctx) => createInvite(ctx.deps, ctx.actor, args),
  }),
  revokeInvite: t.field({
    type: InviteRef,
    errors: MUTATION_ERRORS,
    description: "Stops an invitation link from working",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => revokeInvite(ctx.deps, ctx.actor, idArg(String(args.id), "Invite")),
  }),
  createRule: t.field({
    type: RuleRef,
    errors: MUTATION_ERRORS,
    description: "Adds a server rule (admins)",
    args: { text: t.arg.string({ required: true }), hint: t.arg.string(), position: t.arg.int() },
    resolve: (_root, args, ctx) => createRule(ctx.deps, ctx.actor, args),
  }),
  updateRule: t.field({
    type: RuleRef,
    errors: MUTATION_ERRORS,
    description: "Changes a server rule (admins)",
    args: { id: t.arg.id({ required: true }), text: t.arg.string(), hint: t.arg.string(), position: t.arg.int() },
    resolve: (_root, { id, ...args }, ctx) => updateRule(ctx.deps, ctx.actor, idArg(String(id), "Rule"), args),
  }),
  deleteRule: t.field({
    type: RuleRef,
    errors: MUTATION_ERRORS,
    description: "Removes a server rule (admins); returns what it was",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => deleteRule(ctx.deps, ctx.actor, idArg(String(args.id), "Rule")),
  }),
}));
