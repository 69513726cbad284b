// What every service gets: the database, the config, the event bus and who is acting.
import type pg from "pg";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import type { EventBus } from "../events/bus.js";
import type { Role } from "../generated/prisma/enums.js";
import type { MediaStorage } from "../storage/media-storage.js";
import type { RemoteResolver } from "./search/resolve.js";

export interface ServiceDeps {
  db: Db;
  /** the pool under Prisma, for the few hand-written queries on hot paths */
  pool: pg.Pool;
  config: Config;
  events: EventBus;
  storage: MediaStorage;
  /**
   * finds people and posts of other servers (set by the federation adapter once it exists);
   * absent: only what is known here is found
   */
  remote?: RemoteResolver;
}

/** The signed-in person a service acts for. */
export interface Actor {
  accountId: bigint;
  role: Role;
  scopes: readonly string[];
}
