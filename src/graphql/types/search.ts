import { ValidationError } from "../../core/errors.js";
import { normalizeTag } from "../../core/text.js";
import { searchAccountIds, searchStatusIds } from "../../db/search.js";
import type { Account } from "../../generated/prisma/client.js";
import { resolveQuery, type Resolved } from "../../services/search/resolve.js";
import { builder } from "../builder.js";
import { loadStatuses, visibleIds } from "../statuses.js";
import { AccountRef } from "./account.js";
import { StatusRef, TagRef } from "./status.js";

interface SearchInput {
  q: string;
  limit: number;
  resolved: Resolved;
}

const SearchResults = builder.objectRef<SearchInput>("SearchResults").implement({
  fields: (t) => ({
    accounts: t.field({
      type: [AccountRef],
      resolve: async ({ q, limit, resolved }, _args, ctx) => {
        const ids = [...new Set([...resolved.accountIds, ...(await searchAccountIds(ctx.deps.pool, q, limit, ctx.actor?.accountId ?? null))])].slice(0, limit);
        const accounts = await ctx.loaders.accounts.loadMany(ids);
        return accounts.filter((a): a is Account => !!a && !(a instanceof Error));
      },
    }),
    hashtags: t.prismaField({
      type: [TagRef],
      resolve: (query, { q, limit }, _args, ctx) => {
        const name = normalizeTag(q.replace(/^#/, ""));
        return ctx.deps.db.tag.findMany({ ...query, where: { name: { startsWith: name } }, orderBy: { name: "asc" }, take: limit });
      },
    }),
    statuses: t.field({
      type: [StatusRef],
      description: "Full-text search over statuses you may see",
      resolve: async ({ q, limit, resolved }, _args, ctx) => {
        const candidates = [...new Set([...resolved.statusIds, ...(await searchStatusIds(ctx.deps.pool, q, limit * 4))])];
        const ids = await visibleIds(ctx, candidates, "timeline");
        return loadStatuses(ctx, ids.slice(0, limit));
      },
    }),
  }),
});

builder.queryField("search", (t) =>
  t.field({
    type: SearchResults,
    description: "Accounts (by handle or name), hashtags (by prefix) and statuses (full text, visibility-aware)",
    args: {
      query: t.arg.string({ required: true }),
      limit: t.arg.int({ defaultValue: 20 }),
      resolve: t.arg.boolean({
        defaultValue: false,
        description: "A handle (user@domain) or URL names one account or status: ours, or fetched from its server when signed in",
      }),
    },
    resolve: async (_root, args, ctx) => {
      const q = args.query.trim();
      if (!q) throw new ValidationError("Query can't be blank", "query");
      if (q.length > 200) throw new ValidationError("Query is too long", "query");
      const limit = args.limit ?? 20;
      if (limit < 1 || limit > 40) throw new ValidationError("Limit must be between 1 and 40", "limit");
      const resolved = args.resolve ? await resolveQuery(ctx.deps, ctx.remote, ctx.actor, q) : { accountIds: [], statusIds: [] };
      return { q, limit, resolved };
    },
  }),
);
