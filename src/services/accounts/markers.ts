import { ValidationError } from "../../core/errors.js";
import type { Actor, ServiceDeps } from "../context.js";
import { requireActor } from "../guards.js";

export const MARKER_TIMELINES = ["home", "notifications"] as const;
export type MarkerTimeline = (typeof MARKER_TIMELINES)[number];

/**
 * Saves where the actor stopped reading; each save bumps the marker's version. The
 * notifications marker also marks the notifications up to it as read, so that unread counts
 * (REST and GraphQL) follow what a Mastodon app reports.
 */
export async function saveMarkers(deps: ServiceDeps, actor: Actor | null, positions: Partial<Record<MarkerTimeline, bigint>>) {
  const who = requireActor(actor, "write");
  const entries = Object.entries(positions) as [MarkerTimeline, bigint][];
  if (entries.length === 0) throw new ValidationError("Give home[last_read_id] or notifications[last_read_id]", "home");
  const upserts = entries.map(([timeline, lastReadId]) =>
    deps.db.marker.upsert({
      where: { accountId_timeline: { accountId: who.accountId, timeline } },
      create: { accountId: who.accountId, timeline, lastReadId },
      update: { lastReadId, version: { increment: 1 } },
    }),
  );
  const upTo = positions.notifications;
  if (upTo == null) return deps.db.$transaction(upserts);
  const read = deps.db.notification.updateMany({ where: { accountId: who.accountId, readAt: null, id: { lte: upTo } }, data: { readAt: new Date() } });
  return (await deps.db.$transaction([...upserts, read])).slice(0, upserts.length) as Awaited<(typeof upserts)[number]>[];
}
