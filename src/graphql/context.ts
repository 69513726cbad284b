// The GraphQL context: who is asking, their loaders, and the services' dependencies.
import type { Viewer } from "../core/visibility.js";
import { createLoaders, type Loaders } from "../db/loaders.js";
import type { SharedLoaders } from "../db/shared-loaders.js";
import { loadViewer } from "../db/viewer.js";
import type { Realtime } from "../realtime/topics.js";
import { authenticate } from "../services/auth/authenticate.js";
import type { Actor, ServiceDeps } from "../services/context.js";

export interface Context {
  deps: ServiceDeps;
  shared: SharedLoaders;
  realtime: Realtime;
  actor: Actor | null;
  token: string | null;
  loaders: Loaders;
  /** The viewer's relationships, loaded at most once per request. */
  viewer(): Promise<Viewer | null>;
  /** Forgets the viewer's relationships (they changed). */
  refresh(): void;
  /** Starts fresh per-request loaders (a long-lived subscription calls it per event). */
  fresh(): void;
}

export function bearerToken(header: string | null | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match ? match[1]! : null;
}

export async function createContext(
  deps: ServiceDeps,
  shared: SharedLoaders,
  realtime: Realtime,
  token: string | null,
): Promise<Context> {
  const actor = token ? await authenticate(deps, token) : null;
  let viewer: Promise<Viewer | null> | undefined;
  const context: Context = {
    deps,
    shared,
    realtime,
    actor,
    token: actor ? token : null,
    loaders: createLoaders(deps.db, shared, actor?.accountId ?? null),
    viewer: () => (viewer ??= actor ? loadViewer(deps.db, actor.accountId) : Promise.resolve(null)),
    refresh() {
      viewer = undefined;
    },
    fresh() {
      context.loaders = createLoaders(deps.db, shared, actor?.accountId ?? null);
    },
  };
  return context;
}
