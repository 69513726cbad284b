// The visibility check every API applies to a list of statuses: facts from the request's
// loaders, rules from core/visibility.ts. Adapters call this rather than the rules directly.
import { canView, showInTimeline, type Viewer } from "../core/visibility.js";
import type { Loaders } from "./loaders.js";

/** The ids the viewer may see, in order: "single" for look-ups and threads, "timeline" also hides blocked and muted people. */
export async function visibleIds(
  loaders: Loaders,
  viewer: Promise<Viewer | null>,
  ids: bigint[],
  mode: "single" | "timeline",
): Promise<bigint[]> {
  if (ids.length === 0) return [];
  const [facts, seen] = await Promise.all([loaders.statusFacts.loadMany(ids), viewer]);
  const check = mode === "timeline" ? showInTimeline : canView;
  return ids.filter((_, i) => {
    const fact = facts[i];
    return fact && !(fact instanceof Error) && check(fact, seen);
  });
}
