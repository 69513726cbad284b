// The Pothos schema builder: configuration only. Types live in ./types, one file each.
import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { GraphQLError } from "graphql";
import type PrismaTypes from "../generated/pothos-types.js";
import { getDatamodel } from "../generated/pothos-types.js";
import { hasScope } from "../core/scopes.js";
import type { Context } from "./context.js";

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: { read: boolean };
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    File: { Input: File; Output: never };
  };
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, PrismaPlugin, RelayPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({ read: !!ctx.actor && hasScope(ctx.actor.scopes, "read") }),
    unauthorizedError: (_parent, ctx) =>
      ctx.actor
        ? new GraphQLError("This token lacks the scope this needs", { extensions: { code: "FORBIDDEN" } })
        : new GraphQLError("You need to be signed in to do this", { extensions: { code: "UNAUTHENTICATED" } }),
  },
  prisma: {
    // The client comes from the context: each process (and each test) has its own.
    client: (ctx) => ctx.deps.db,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
  errors: { defaultTypes: [] },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    limit: { complexity: 5000, depth: 12, breadth: 100 },
    complexityError: (kind, result) => {
      const what = String(kind).toLowerCase();
      const [value, max] =
        what === "depth"
          ? [result.depth, result.maxDepth]
          : what === "breadth"
            ? [result.breadth, result.maxBreadth]
            : [result.complexity, result.maxComplexity];
      return new GraphQLError(`Query exceeds the maximum ${what} (${value}, at most ${max})`, {
        extensions: { code: "QUERY_TOO_COMPLEX" },
      });
    },
  },
});
