// A person's data in Mastodon's export formats (Settings → Import and export there), so that
// it imports into Mastodon or another Fedigraph: following (with boosts, notify, languages),
// followers, blocks, mutes (with notifications), bookmarks, blocked domains and lists.
import { stringify } from "csv-stringify/sync";
import { ValidationError } from "../../core/errors.js";
import type { Actor, ServiceDeps } from "../context.js";
import { requireActor } from "../guards.js";

export const EXPORT_KINDS = ["following", "followers", "blocks", "mutes", "bookmarks", "domain_blocks", "lists"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

const address = (deps: ServiceDeps, account: { username: string; domain: string | null }) =>
  `${account.username}@${account.domain ?? deps.config.domain}`;
const person = { select: { username: true, domain: true } } as const;

/** The CSV of `kind` for the signed-in person. */
export async function exportCsv(deps: ServiceDeps, actor: Actor | null, kind: string): Promise<string> {
  const who = requireActor(actor, "read");
  const accountId = who.accountId;
  const rows: string[][] = [];
  let header: string[] | null = null;
  switch (kind as ExportKind) {
    case "following": {
      header = ["Account address", "Show boosts", "Notify on new posts", "Languages"];
      const follows = await deps.db.follow.findMany({ where: { accountId }, include: { targetAccount: person }, orderBy: { id: "asc" } });
      for (const f of follows) rows.push([address(deps, f.targetAccount), String(f.showReblogs), String(f.notify), ""]);
      break;
    }
    case "followers": {
      header = ["Account address"];
      const follows = await deps.db.follow.findMany({ where: { targetAccountId: accountId }, include: { account: person }, orderBy: { id: "asc" } });
      for (const f of follows) rows.push([address(deps, f.account)]);
      break;
    }
    case "blocks": {
      const blocks = await deps.db.block.findMany({ where: { accountId }, include: { targetAccount: person }, orderBy: { id: "asc" } });
      for (const b of blocks) rows.push([address(deps, b.targetAccount)]);
      break;
    }
    case "mutes": {
      header = ["Account address", "Hide notifications"];
      const mutes = await deps.db.mute.findMany({ where: { accountId }, include: { targetAccount: person }, orderBy: { id: "asc" } });
      for (const m of mutes) rows.push([address(deps, m.targetAccount), String(m.hideNotifications)]);
      break;
    }
    case "bookmarks": {
      const bookmarks = await deps.db.bookmark.findMany({ where: { accountId, status: { deletedAt: null } }, include: { status: { select: { uri: true } } }, orderBy: { id: "asc" } });
      for (const b of bookmarks) rows.push([b.status.uri]);
      break;
    }
    case "domain_blocks": {
      const blocks = await deps.db.accountDomainBlock.findMany({ where: { accountId }, orderBy: { id: "asc" } });
      for (const b of blocks) rows.push([b.domain]);
      break;
    }
    case "lists": {
      const lists = await deps.db.list.findMany({ where: { accountId }, include: { members: { include: { account: person } } }, orderBy: { id: "asc" } });
      for (const list of lists) for (const member of list.members) rows.push([list.title, address(deps, member.account)]);
      break;
    }
    default:
      throw new ValidationError(`Unknown export "${kind}": one of ${EXPORT_KINDS.join(", ")}`, "kind");
  }
  return stringify(header ? [header, ...rows] : rows);
}
