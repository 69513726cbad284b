// What Fedify hands to our dispatchers (its "context data"), made fresh for every request.
import type { ServiceDeps } from "../services/context.js";

/** Mastodon's attachment extensions that Fedify's vocabulary has no property for. */
export interface MediaExtras {
  blurhash: string | null;
  /** Mastodon's focal point, x and y in -1..1 */
  focalPoint: [number, number];
}

/**
 * Facts a dispatcher learns that change the HTTP answer Fedify builds: applied by the mount
 * (mount.ts) to the response.
 */
export interface ResponseNotes {
  /** the object is a Tombstone: answer 410 Gone */
  gone: boolean;
  /** attachment URL -> extensions to add to the JSON-LD */
  media: Map<string, MediaExtras>;
}

export interface FederationData {
  deps: ServiceDeps;
  notes: ResponseNotes;
  /** reads done once per request (Fedify asks for the same actor from several callbacks) */
  memo: Map<string, Promise<unknown>>;
}

export function newFederationData(deps: ServiceDeps): FederationData {
  return { deps, notes: { gone: false, media: new Map() }, memo: new Map() };
}

/** `make()` once per request and key. */
export function once<T>(data: FederationData, key: string, make: () => Promise<T>): Promise<T> {
  let value = data.memo.get(key) as Promise<T> | undefined;
  if (!value) data.memo.set(key, (value = make()));
  return value;
}
