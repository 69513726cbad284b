// What every API adapter shares within one server: the services' dependencies and the
// per-process caches and loaders (wired in app.ts).
import type { SharedLoaders } from "../db/shared-loaders.js";
import type { ViewerCache } from "../db/viewer.js";
import type { Cluster } from "../realtime/cluster.js";
import type { Realtime } from "../realtime/topics.js";
import type { ServiceDeps } from "../services/context.js";
import type { RemoteResolver } from "../services/search/resolve.js";
import type { Authenticator } from "./auth.js";

export interface ApiServices {
  deps: ServiceDeps;
  shared: SharedLoaders;
  realtime: Realtime;
  auth: Authenticator;
  viewers: ViewerCache;
  /** rate-limit windows and Idempotency-Key records, shared across instances when Redis is set */
  cluster: Pick<Cluster, "counter" | "idempotency">;
  /** search's resolve=true for other servers' handles and URLs (the federation adapter's) */
  remote: RemoteResolver;
}
