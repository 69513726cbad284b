// GraphQL over HTTP (yoga) and over WebSocket (graphql-ws) on the same path, sharing
// one envelop pipeline: the same plugins, context, validation and error masking.
import { useGraphQlJit } from "@envelop/graphql-jit";
import { GraphQLError } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { createYoga } from "graphql-yoga";
import { WebSocketServer } from "ws";
import { tokenSockets } from "../http/token-sockets.js";
import { hashToken } from "../services/auth/tokens.js";
import { isDomainError } from "../core/errors.js";
import { ttlCache } from "../core/ttl-cache.js";
import { bearerToken, createContext, type Context, type ContextServices } from "./context.js";
import { createSharedRenderer } from "./shared-render.js";
import { schema } from "./schema.js";

export const GRAPHQL_PATH = "/graphql";

/** By name, not instanceof: graphql ships as CommonJS and ESM, and both copies load. */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === "GraphQLError";
}

type ServerContext = { connectionParams?: Record<string, unknown> };

export function createGraphQL(services: ContextServices, onUnexpected: (error: unknown) => void) {
  const yoga = createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    logging: false,
    landingPage: false,
    graphiql: { title: "Fedigraph", subscriptionsProtocol: "WS" },
    // Compiled once per document text: every subscriber to the same operation shares it.
    plugins: [useGraphQlJit({}, { enableIf: (args) => args.document != null, cache: ttlCache({ ttlMs: Infinity, max: 1_000 }) })],
    context: async ({ request, connectionParams }) => {
      const token = connectionParams
        ? connectionToken(connectionParams)
        : bearerToken(request?.headers.get("authorization"));
      return createContext(services, token);
    },
    maskedErrors: {
      maskError(error, message) {
        const original = (error as { originalError?: unknown }).originalError;
        if (isDomainError(original)) {
          return new GraphQLError(original.message, {
            extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
          });
        }
        // GraphQL's own errors (syntax, validation, limits, auth) are meant for the client.
        if (isGraphQLError(error) && (original === undefined || isGraphQLError(original))) return error;
        onUnexpected(original ?? error);
        return new GraphQLError(message, { extensions: { code: "INTERNAL_SERVER_ERROR" } });
      },
    },
  });
  return { yoga, services };
}

/** Serves graphql-ws on the HTTP server, at the GraphQL path. Returns a closer. */
/** The bearer token a graphql-ws client sent in its connection parameters. */
function connectionToken(params: Record<string, unknown> | undefined): string | null {
  const given = params?.authorization ?? params?.Authorization ?? params?.token;
  return typeof given === "string" ? (bearerToken(given) ?? given) : null;
}

/** graphql-ws at the GraphQL path; app.ts hands it the upgrade requests for that path. */
export function createWebSocketServer(graphql: ReturnType<typeof createGraphQL>) {
  const { yoga, services } = graphql;
  const wss = new WebSocketServer({ noServer: true });
  const sockets = tokenSockets();
  const shared = createSharedRenderer(services, yoga.getEnveloped({}).schema);
  useServer(
    {
      // yoga's enveloped execute/subscribe travel in rootValue (see onSubscribe).
      execute: ((args: { rootValue: { execute(a: unknown): unknown } }) => args.rootValue.execute(args)) as never,
      subscribe: ((args: Parameters<typeof shared.tryShare>[0] & { rootValue: { subscribe(a: unknown): unknown } }) =>
        shared.tryShare(args) ?? args.rootValue.subscribe(args)) as never,
      onConnect: (ctx) => {
        const token = connectionToken(ctx.connectionParams);
        if (token) sockets.add(hashToken(token), ctx.extra.socket);
        return true;
      },
      onSubscribe: async (ctx, _id, params) => {
        const { schema: enveloped, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
        });
        let document;
        try {
          document = parse(params.query);
        } catch (error) {
          return [error as GraphQLError];
        }
        const errors = validate(enveloped, document);
        if (errors.length) return errors;
        return {
          schema: enveloped,
          operationName: params.operationName,
          document,
          variableValues: params.variables,
          contextValue: await contextFactory({ connectionParams: ctx.connectionParams }),
          rootValue: { execute, subscribe },
        };
      },
    },
    wss,
  );
  return {
    sockets: wss,
    /** Ends the live connections opened with a token that no longer works. */
    revoke: sockets.revoke,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.close(1001, "Server shutting down");
        wss.close(() => resolve());
      }),
  };
}
