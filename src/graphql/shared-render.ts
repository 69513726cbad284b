// "Render once, send many" for timeline subscriptions. When a subscription selects no
// field whose value depends on who is looking (besides the viewer flags), every
// subscriber who may see an event gets the same result, executed once per distinct
// set of viewer flags. Visibility is still decided per subscriber, by the same
// timeline() filter as the ordinary path. Anything else runs the ordinary way.
import {
  getOperationAST,
  Kind,
  type DocumentNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import { compileQuery, isCompiledQuery } from "graphql-jit";
import { hasScope } from "../core/scopes.js";
import { ttlCache } from "../core/ttl-cache.js";
import type { Status } from "../generated/prisma/client.js";
import { createLoaders } from "../db/loaders.js";
import type { ViewerFlags } from "../db/records.js";
import type { TimelineEvent } from "../realtime/topics.js";
import { createContext, type Context, type ContextServices } from "./context.js";
import { tagArg } from "./ids.js";
import { timeline, type Pushed } from "./types/subscriptions.js";

/** Types whose fields may be shared, except the PERSONAL ones; anything else is not shared. */
const SHAREABLE_TYPES = new Set([
  "Subscription", "TimelineUpdate", "Status", "Account", "Tag", "StatusEdit", "ProfileField", "MediaAttachment", "MediaSize", "Focus",
]);
/** Fields whose value differs between viewers beyond the four flags. */
const PERSONAL = new Set(["Status.text", "Status.inReplyTo", "Status.context", "Account.relationship", "Account.noteSource", "Account.lists", "Account.familiarFollowers", "Tag.following"]);
const FLAGS = new Set(["Status.favourited", "Status.reblogged", "Status.bookmarked", "Status.pinned", "Status.muted"]);
const TIMELINES = new Set(["homeTimeline", "publicTimeline", "hashtagTimeline"]);
const RENDER_TTL_MS = 5_000;
const NO_FLAGS: ViewerFlags = { favourited: false, reblogged: false, bookmarked: false, pinned: false, muted: false };

interface Plan {
  field: string;
  args: Record<string, unknown>;
  usesFlags: boolean;
}

// The schema's types may come from graphql's CommonJS build while this file loads the
// ES module one, so the walk below reads types by shape, never by instanceof.
interface TypeLike {
  name?: string;
  ofType?: TypeLike;
  getFields?: () => Record<string, { type: TypeLike }>;
}

const named = (type: TypeLike): TypeLike => (type.ofType ? named(type.ofType) : type);

function collect(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  parent: TypeLike,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
  out: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      out.add(`${parent.name}.${name}`);
      const field = parent.getFields?.()[name];
      if (selection.selectionSet && field) collect(schema, selection.selectionSet, named(field.type), fragments, seen, out);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) as TypeLike) : parent;
      collect(schema, selection.selectionSet, type ?? parent, fragments, seen, out);
    } else {
      const fragment = fragments[selection.name.value];
      if (!fragment || seen.has(fragment.name.value)) continue;
      seen.add(fragment.name.value);
      collect(schema, fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) as TypeLike, fragments, seen, out);
    }
  }
}

function literal(value: ValueNode, variables: Record<string, unknown>, defaults: Record<string, ValueNode>): unknown {
  switch (value.kind) {
    case Kind.VARIABLE: {
      const given = variables[value.name.value];
      const fallback = defaults[value.name.value];
      return given !== undefined ? given : fallback ? literal(fallback, {}, {}) : undefined;
    }
    case Kind.BOOLEAN:
    case Kind.STRING:
      return value.value;
    default:
      return undefined;
  }
}

function plan(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): Plan | null {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== "subscription" || operation.selectionSet.selections.length !== 1) return null;
  const root = operation.selectionSet.selections[0]!;
  if (root.kind !== Kind.FIELD || !TIMELINES.has(root.name.value) || root.alias || root.directives?.length) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const fields = new Set<string>();
  collect(schema, operation.selectionSet, schema.getSubscriptionType() as TypeLike, fragments, new Set(), fields);
  const shareable = (field: string) => SHAREABLE_TYPES.has(field.split(".")[0]!) && !PERSONAL.has(field);
  if (![...fields].every((field) => field.endsWith(".__typename") || shareable(field))) return null;
  const defaults = Object.fromEntries(
    (operation.variableDefinitions ?? []).flatMap((d) => (d.defaultValue ? [[d.variable.name.value, d.defaultValue]] : [])),
  );
  const args = Object.fromEntries((root.arguments ?? []).map((arg) => [arg.name.value, literal(arg.value, variables, defaults)]));
  return { field: root.name.value, args, usesFlags: [...fields].some((field) => FLAGS.has(field)) };
}

type RunEvent = (root: unknown, context: unknown, variables: unknown) => Promise<ExecutionResult> | ExecutionResult;

export function createSharedRenderer(services: ContextServices, schema: GraphQLSchema) {
  const renders = ttlCache<string, Promise<ExecutionResult>>({ ttlMs: RENDER_TTL_MS, max: 5_000 });
  /** Per document: graphql-jit's function that runs the selection set on one event (or null: not compilable). */
  const compiled = ttlCache<string, RunEvent | null>({ ttlMs: Infinity, max: 1_000 });

  function compile(key: string, document: DocumentNode, operationName: string | undefined): RunEvent | null {
    return compiled.getOrCreate(key, () => {
      const result = compileQuery(schema, document, operationName);
      return isCompiledQuery(result) ? (result.query as RunEvent) : null;
    });
  }

  /**
   * One context per render, over the live rows, with the group's flags. Its actor is a
   * stand-in (account 0 does not exist): tryShare() only shares subscriptions whose
   * subscriber passed the same checks (signed in, read scope), and no field that reads
   * the actor's id is shared (PERSONAL).
   */
  async function renderContext(flags: Map<bigint, ViewerFlags> | null): Promise<Context> {
    const ctx = await createContext(services, null);
    ctx.actor = { accountId: 0n, role: "USER", scopes: ["read"] };
    const flagsOf = async (_viewer: bigint, id: bigint) => flags?.get(id) ?? NO_FLAGS;
    ctx.loaders = createLoaders(services.deps.pool, services.shared.live, flags ? 0n : null, flags ? flagsOf : undefined);
    return ctx;
  }

  /** The viewer's flags on the status and on the one it boosts: they decide the group. */
  async function flagsFor(ctx: Context, status: Status): Promise<Map<bigint, ViewerFlags> | null> {
    const viewerId = ctx.actor?.accountId;
    if (viewerId === undefined || !hasScope(ctx.actor!.scopes, "read")) return null;
    const ids = [status.id, ...(status.reblogOfId ? [status.reblogOfId] : [])];
    const flags = await Promise.all(ids.map((id) => services.shared.flags(viewerId, id)));
    return new Map(ids.map((id, i) => [id, flags[i]!]));
  }

  const render = (key: string, run: () => Promise<ExecutionResult>) => renders.getOrCreate(key, run);

  return {
    /** A shared-render stream for this subscription, or null to run it the ordinary way. */
    tryShare(args: {
      document: DocumentNode;
      operationName?: string | null;
      variableValues?: Record<string, unknown> | null;
      contextValue: Context;
    }): AsyncIterable<ExecutionResult> | null {
      const ctx = args.contextValue;
      const variables = args.variableValues ?? {};
      const planned = plan(schema, args.document, args.operationName ?? undefined, variables);
      if (!planned) return null;
      let source: AsyncIterable<TimelineEvent>;
      if (planned.field === "homeTimeline") {
        // The ordinary path answers "sign in" or "missing scope".
        if (!ctx.actor || !hasScope(ctx.actor.scopes, "read")) return null;
        source = ctx.realtime.subscribe("home", String(ctx.actor.accountId));
      } else if (planned.field === "publicTimeline") {
        source = ctx.realtime.subscribe(planned.args.local ? "local" : "public");
      } else {
        let tag: string;
        try {
          tag = tagArg(String(planned.args.tag));
        } catch {
          return null; // the ordinary path answers with the validation error
        }
        source = ctx.realtime.subscribe("hashtag", tag);
      }
      const documentText = args.document.loc?.source.body;
      if (!documentText) return null;
      const run = compile(`${args.operationName ?? ""}|${documentText}`, args.document, args.operationName ?? undefined);
      if (!run) return null;
      const documentKey = `${args.operationName ?? ""}|${JSON.stringify(variables)}|${documentText}`;
      return (async function* () {
        for await (const pushed of timeline(ctx, source, planned.field !== "homeTimeline")) {
          const [status] = pushed.kind === "DELETE" ? [] : await services.shared.live.statuses([pushed.statusId]);
          const version = status?.editedAt?.getTime() ?? 0; // a second edit must not get the first's render
          const flags = planned.usesFlags && status ? await flagsFor(ctx, status) : null;
          const flagKey = flags
            ? [...flags.values()].map((f) => `${+f.favourited}${+f.reblogged}${+f.bookmarked}${+f.pinned}${+f.muted}`).join(",")
            : "-";
          yield await render(`${documentKey}|${pushed.kind}:${pushed.statusId}@${version}|${flagKey}`, async () =>
            run(pushed satisfies Pushed, await renderContext(flags), variables),
          );
        }
      })();
    },
  };
}
