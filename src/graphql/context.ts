// The GraphQL context: who is asking, their loaders, and the services' dependencies.
import type { Viewer } from "../core/visibility.js";
import { createLoaders, type Loaders } from "../db/loaders.js";
import type { SharedLoaders } from "../db/shared-loaders.js";
import { hasScope } from "../core/scopes.js";
import type { Authenticator } from "../http/auth.js";
import type { ApiServices } from "../http/services.js";
import type { Realtime } from "../realtime/topics.js";
import type { Actor, ServiceDeps } from "../services/context.js";
import type { RemoteResolver } from "../services/search/resolve.js";

export interface Context {
  deps: ServiceDeps;
  shared: SharedLoaders;
  realtime: Realtime;
  auth: Authenticator;
  /** search's resolve for other servers' handles and URLs */
  remote: RemoteResolver;
  actor: Actor | null;
  token: string | null;
  loaders: Loaders;
  /** The viewer's relationships, loaded at most once per request. */
  viewer(): Promise<Viewer | null>;
  /** Whether the viewer's relationships are at hand without a query. */
  hasViewer(): boolean;
  /** The viewer's relationship version (see ViewerCache.version), to detect changes during a load. */
  viewerVersion(): number;
  /** Keeps relationships that came along with other rows, unless they changed meanwhile. */
  primeViewer(viewer: Viewer, versionBefore: number): void;
  /** New loaders over rows shared by all live subscribers (a subscription calls it per event). */
  fresh(this: Context): void;
}

export function bearerToken(header: string | null | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match ? match[1]! : null;
}

/** Loaders made on first use: an idle live subscription holds none. */
function lazyLoaders(make: () => Loaders): Loaders {
  let made: Loaders | undefined;
  const get = () => (made ??= make());
  // Typed without a cast: a loader added to db/loaders.ts must be listed here too.
  const lazy: Loaders = {
    get statuses() { return get().statuses; },
    get accounts() { return get().accounts; },
    get mentions() { return get().mentions; },
    get tags() { return get().tags; },
    get media() { return get().media; },
    get polls() { return get().polls; },
    get statusFacts() { return get().statusFacts; },
    get prime() { return get().prime; },
    get primePage() { return get().primePage; },
    get viewer() { return get().viewer; },
    get known() { return get().known; },
  };
  return lazy;
}

/** What contexts share within one server. */
export type ContextServices = ApiServices;

export async function createContext(services: ContextServices, token: string | null): Promise<Context> {
  const { deps, shared, realtime, auth, viewers, remote } = services;
  const actor = token ? await auth.authenticate(token) : null;
  // Reading as someone needs the read scope: a write-only token reads as anonymous.
  const reader = actor && hasScope(actor.scopes, "read") ? actor : null;
  // The viewer is loaded once per request, and kept by a live subscription until the
  // person's relationships change (the cache's version moves).
  let viewer: Promise<Viewer | null> | undefined;
  let viewerVersion = 0;
  const context: Context = {
    deps,
    shared,
    realtime,
    remote,
    actor,
    token: actor ? token : null,
    loaders: lazyLoaders(() => createLoaders(deps.pool, shared.direct, reader?.accountId ?? null, shared.flags)),
    auth,
    viewer() {
      if (!reader) return Promise.resolve(null);
      const version = viewers.version(reader.accountId);
      if (!viewer || version !== viewerVersion) {
        viewerVersion = version;
        viewer = viewers.load(reader.accountId);
      }
      return viewer;
    },
    // `this`, not the closure: yoga hands resolvers a copy of this object.
    hasViewer() {
      return !reader || (viewer !== undefined && viewers.version(reader.accountId) === viewerVersion) || viewers.has(reader.accountId);
    },
    viewerVersion() {
      return reader ? viewers.version(reader.accountId) : 0;
    },
    primeViewer(loaded: Viewer, versionBefore: number) {
      if (!reader || loaded.accountId !== reader.accountId) return;
      if (viewers.version(reader.accountId) !== versionBefore) return;
      viewers.prime(loaded);
      viewerVersion = versionBefore;
      viewer = Promise.resolve(loaded);
    },
    fresh(this: Context) {
      this.loaders = lazyLoaders(() => createLoaders(deps.pool, shared.live, reader?.accountId ?? null, shared.flags));
    },
  };
  return context;
}
