// Keyword filters: the Filter type, your filters, their mutations, and Status.filtered,
// the filters of yours a status matches in a context (see core/filters.ts).
import { ForbiddenError } from "../../core/errors.js";
import { FILTER_CONTEXTS, type FilterContext, type FilterMatch } from "../../core/filters.js";
import { hasScope } from "../../core/scopes.js";
import { accountFilter, accountFilters, filterSession } from "../../db/filters.js";
import type { Filter, FilterKeyword, FilterStatus } from "../../generated/prisma/client.js";
import { addFilterStatus } from "../../services/filters/add-status.js";
import { createFilter } from "../../services/filters/create.js";
import { deleteFilter } from "../../services/filters/delete.js";
import { removeFilterStatus } from "../../services/filters/remove-status.js";
import { updateFilter } from "../../services/filters/update.js";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { idArg } from "../ids.js";
import { loadVisibleStatus } from "../statuses.js";
import { MUTATION_ERRORS } from "./errors.js";
import { StatusRef } from "./status.js";

export const FilterContextEnum = builder.enumType("FilterContext", {
  description: "Where a filter applies",
  values: {
    HOME: { value: "home", description: "The home timeline and lists" },
    NOTIFICATIONS: { value: "notifications", description: "Notifications" },
    PUBLIC: { value: "public", description: "Public and hashtag timelines" },
    THREAD: { value: "thread", description: "A status and the thread around it" },
    ACCOUNT: { value: "account", description: "An account's profile" },
  } as const,
});

export const FilterActionEnum = builder.enumType("FilterAction", {
  description: "What a matching filter does",
  values: {
    WARN: { description: "Show a warning naming the filter; the status can be expanded" },
    HIDE: { description: "Leave the status out" },
    BLUR: { description: "Blur its media, with a warning naming the filter" },
  } as const,
});

/** A filter; keywords and statuses come along when loaded with it. */
type FilterShape = Filter & { keywords?: FilterKeyword[]; statuses?: FilterStatus[] };

const FilterKeywordRef = builder.objectRef<FilterKeyword>("FilterKeyword").implement({
  fields: (t) => ({
    id: t.id({ resolve: (k) => String(k.id) }),
    keyword: t.exposeString("keyword"),
    wholeWord: t.exposeBoolean("wholeWord", { description: "Match only between word boundaries" }),
  }),
});

const FilterStatusRef = builder.objectRef<FilterStatus>("FilterStatus").implement({
  fields: (t) => ({
    id: t.id({ resolve: (s) => String(s.id) }),
    statusId: t.string({ description: "The filtered status' numeric id", resolve: (s) => String(s.statusId) }),
    status: t.field({ type: StatusRef, nullable: true, description: "The status, when you may see it", resolve: (s, _args, ctx) => loadVisibleStatus(ctx, s.statusId) }),
  }),
});

export const FilterRef = builder.objectRef<FilterShape>("Filter").implement({
  description: "Your filter: statuses with its keywords, or the statuses it names, get its action in its contexts",
  fields: (t) => ({
    id: t.id({ resolve: (f) => String(f.id) }),
    title: t.exposeString("title"),
    context: t.field({ type: [FilterContextEnum], resolve: (f) => f.contexts as FilterContext[] }),
    action: t.field({ type: FilterActionEnum, resolve: (f) => f.action }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true, description: "Null when it does not expire" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    keywords: t.field({
      type: [FilterKeywordRef],
      resolve: (f, _args, ctx) => f.keywords ?? ctx.deps.db.filterKeyword.findMany({ where: { filterId: f.id }, orderBy: { id: "asc" } }),
    }),
    statuses: t.field({
      type: [FilterStatusRef],
      resolve: (f, _args, ctx) => f.statuses ?? ctx.deps.db.filterStatus.findMany({ where: { filterId: f.id }, orderBy: { id: "asc" } }),
    }),
  }),
});

const FilterResultRef = builder.objectRef<FilterMatch>("FilterResult").implement({
  description: "A filter of yours a status matched",
  fields: (t) => ({
    filter: t.field({
      type: FilterRef,
      resolve: ({ filter: { keywords, statusIds: _statusIds, ...filter } }) => ({
        ...filter,
        contexts: [...filter.contexts],
        keywords: keywords.map((k) => ({ ...k, filterId: filter.id })),
      }),
    }),
    keywordMatches: t.exposeStringList("keywordMatches", { nullable: true, description: "Its keywords found in the status" }),
    statusMatches: t.stringList({
      nullable: true,
      description: "The filtered status ids it is or boosts",
      resolve: (m) => m.statusMatches?.map(String) ?? null,
    }),
  }),
});

const reader = (ctx: Context) => (ctx.actor && hasScope(ctx.actor.scopes, "read") ? ctx.actor : null);

builder.objectField(StatusRef, "filtered", (t) =>
  t.field({
    type: [FilterResultRef],
    description: "Your filters this status matches in a context (any context when none is given); empty when signed out",
    args: { context: t.arg({ type: FilterContextEnum }) },
    resolve: async (status, args, ctx) => {
      const session = filterSession(ctx.loaders, ctx.deps.pool, ctx.shared.filters, reader(ctx)?.accountId ?? null);
      return (await session.match([status], (args.context as FilterContext | null | undefined) ?? null)).get(status.id) ?? [];
    },
  }),
);

/** Reading filters needs read:filters (or read). */
function filterReader(ctx: Context) {
  const who = reader(ctx);
  if (!who || !hasScope(who.scopes, "read:filters")) throw new ForbiddenError("This token lacks the read:filters scope");
  return who;
}

builder.queryFields((t) => ({
  filters: t.field({
    type: [FilterRef],
    authScopes: { read: true },
    description: "Your filters, oldest first (expired ones included)",
    resolve: (_root, _args, ctx) => accountFilters(ctx.deps.db, filterReader(ctx).accountId),
  }),
  filter: t.field({
    type: FilterRef,
    nullable: true,
    authScopes: { read: true },
    description: "One of your filters; null for anyone else's",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => accountFilter(ctx.deps.db, filterReader(ctx).accountId, idArg(String(args.id), "Filter")),
  }),
}));

const FilterKeywordInput = builder.inputType("FilterKeywordInput", {
  fields: (t) => ({
    keyword: t.string({ required: true }),
    wholeWord: t.boolean({ description: "Default true" }),
  }),
});

const FilterKeywordChange = builder.inputType("FilterKeywordChange", {
  description: "With an id: changes that keyword, or removes it (destroy). Without: adds a keyword",
  fields: (t) => ({
    id: t.id(),
    keyword: t.string(),
    wholeWord: t.boolean(),
    destroy: t.boolean(),
  }),
});

const contexts = (values: readonly string[] | null | undefined) => values ?? undefined;

builder.mutationFields((t) => ({
  createFilter: t.field({
    type: FilterRef,
    errors: MUTATION_ERRORS,
    description: `Creates a filter with its keywords, all or nothing (title up to 256 characters; contexts: ${FILTER_CONTEXTS.join(", ")})`,
    args: {
      title: t.arg.string({ required: true }),
      context: t.arg({ type: [FilterContextEnum], required: true }),
      action: t.arg({ type: FilterActionEnum, description: "Default WARN" }),
      expiresIn: t.arg.int({ description: "Seconds from now; leave out for a filter that does not expire" }),
      keywords: t.arg({ type: [FilterKeywordInput] }),
    },
    resolve: (_root, args, ctx) =>
      createFilter(ctx.deps, ctx.actor, { ...args, contexts: args.context, keywords: args.keywords ?? [] }),
  }),
  updateFilter: t.field({
    type: FilterRef,
    errors: MUTATION_ERRORS,
    description: "Changes a filter and its keywords, all or nothing; what you leave out stays as it is (expiresIn: null never expires)",
    args: {
      id: t.arg.id({ required: true }),
      title: t.arg.string(),
      context: t.arg({ type: [FilterContextEnum] }),
      action: t.arg({ type: FilterActionEnum }),
      expiresIn: t.arg.int(),
      keywords: t.arg({ type: [FilterKeywordChange] }),
    },
    resolve: (_root, args, ctx) =>
      updateFilter(ctx.deps, ctx.actor, idArg(String(args.id), "Filter"), {
        title: args.title,
        contexts: args.context === null ? [] : contexts(args.context),
        action: args.action,
        expiresIn: args.expiresIn,
        keywords: args.keywords?.map((k) => ({ ...k, id: k.id == null ? null : idArg(String(k.id), "FilterKeyword", "keywords") })),
      }),
  }),
  deleteFilter: t.field({
    type: FilterRef,
    errors: MUTATION_ERRORS,
    description: "Deletes a filter with its keywords; returns what it was",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => deleteFilter(ctx.deps, ctx.actor, idArg(String(args.id), "Filter")),
  }),
  addFilterStatus: t.field({
    type: FilterStatusRef,
    errors: MUTATION_ERRORS,
    description: "Adds a status you may see to a filter",
    args: { filterId: t.arg.id({ required: true }), statusId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) =>
      addFilterStatus(ctx.deps, ctx.actor, idArg(String(args.filterId), "Filter", "filterId"), idArg(String(args.statusId), "Status", "statusId")),
  }),
  removeFilterStatus: t.field({
    type: FilterStatusRef,
    errors: MUTATION_ERRORS,
    description: "Takes a status out of a filter (by the FilterStatus id)",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => removeFilterStatus(ctx.deps, ctx.actor, idArg(String(args.id), "FilterStatus")),
  }),
}));
