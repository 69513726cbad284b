import { describe, expect, it } from "vitest";
import {
  ANONYMOUS,
  canReblog,
  canView,
  isListedPublicly,
  showInTimeline,
  showNotification,
  type MaybeViewer,
  type StatusFacts,
  type Viewer,
  type Visibility,
} from "../../src/core/visibility.js";

const AUTHOR = 1n;
const FOLLOWER = 2n;
const STRANGER = 3n;
const MENTIONED = 4n;
const BLOCKED = 5n; // blocked by the author
const BOOSTER = 6n;

function viewer(accountId: bigint, rel: Partial<Omit<Viewer, "accountId">> = {}): Viewer {
  return {
    accountId,
    following: new Set(),
    blocking: new Set(),
    blockedBy: new Set(),
    muting: new Set(),
    mutingNotifications: new Set(),
    ...rel,
  };
}

function status(visibility: Visibility, over: Partial<StatusFacts> = {}): StatusFacts {
  return {
    accountId: AUTHOR,
    visibility,
    deletedAt: null,
    authorSuspended: false,
    mentionedIds: new Set([MENTIONED]),
    ...over,
  };
}

const viewers: Record<string, MaybeViewer> = {
  author: viewer(AUTHOR),
  follower: viewer(FOLLOWER, { following: new Set([AUTHOR]) }),
  stranger: viewer(STRANGER),
  mentioned: viewer(MENTIONED),
  blockedByAuthor: viewer(BLOCKED, { blockedBy: new Set([AUTHOR]) }),
  anonymous: ANONYMOUS,
};

// who may see a status of each visibility
const TABLE: Record<Visibility, Record<keyof typeof viewers, boolean>> = {
  PUBLIC: { author: true, follower: true, stranger: true, mentioned: true, blockedByAuthor: false, anonymous: true },
  UNLISTED: { author: true, follower: true, stranger: true, mentioned: true, blockedByAuthor: false, anonymous: true },
  PRIVATE: { author: true, follower: true, stranger: false, mentioned: true, blockedByAuthor: false, anonymous: false },
  DIRECT: { author: true, follower: false, stranger: false, mentioned: true, blockedByAuthor: false, anonymous: false },
};

const cases = Object.entries(TABLE).flatMap(([vis, row]) =>
  Object.entries(row).map(([who, expected]) => ({ vis: vis as Visibility, who, expected })),
);

describe("canView truth table", () => {
  it.each(cases)("$vis status, $who viewer → $expected", ({ vis, who, expected }) => {
    expect(canView(status(vis), viewers[who]!)).toBe(expected);
  });

  it("covers every visibility and viewer kind", () => {
    expect(cases).toHaveLength(4 * 6);
  });
});

describe("canView: gone statuses", () => {
  const visibilities: Visibility[] = ["PUBLIC", "UNLISTED", "PRIVATE", "DIRECT"];

  it.each(visibilities)("a deleted %s status is hidden from everyone, the author included", (vis) => {
    const s = status(vis, { deletedAt: new Date() });
    for (const v of Object.values(viewers)) expect(canView(s, v)).toBe(false);
  });

  it.each(visibilities)("a %s status of a suspended author is hidden from everyone", (vis) => {
    const s = status(vis, { authorSuspended: true });
    for (const v of Object.values(viewers)) expect(canView(s, v)).toBe(false);
  });
});

describe("canView: relationships", () => {
  it("a block by the author wins over following and being mentioned", () => {
    const v = viewer(MENTIONED, { following: new Set([AUTHOR]), blockedBy: new Set([AUTHOR]) });
    for (const vis of ["PUBLIC", "UNLISTED", "PRIVATE", "DIRECT"] as const) {
      expect(canView(status(vis), v)).toBe(false);
    }
  });

  it("blocking or muting the author does not stop viewing by id", () => {
    const v = viewer(STRANGER, { blocking: new Set([AUTHOR]), muting: new Set([AUTHOR]) });
    expect(canView(status("PUBLIC"), v)).toBe(true);
  });

  it("a block by someone else does not matter", () => {
    expect(canView(status("PUBLIC"), viewer(STRANGER, { blockedBy: new Set([99n]) }))).toBe(true);
  });
});

describe("canView: boosts", () => {
  const boost = (original: StatusFacts, over: Partial<StatusFacts> = {}): StatusFacts =>
    status("PUBLIC", { accountId: BOOSTER, mentionedIds: new Set(), reblog: original, ...over });

  it("a boost of a visible status is visible", () => {
    expect(canView(boost(status("PUBLIC")), viewers.stranger!)).toBe(true);
    expect(canView(boost(status("UNLISTED")), ANONYMOUS)).toBe(true);
  });

  it("a boost of a deleted status is hidden", () => {
    expect(canView(boost(status("PUBLIC", { deletedAt: new Date() })), viewers.stranger!)).toBe(false);
  });

  it("a boost of a suspended author's status is hidden", () => {
    expect(canView(boost(status("PUBLIC", { authorSuspended: true })), viewers.stranger!)).toBe(false);
  });

  it("a boost of a status the viewer may not see is hidden", () => {
    // e.g. an author's self-boost of a followers-only post
    const privateOriginal = status("PRIVATE");
    const selfBoost = status("PRIVATE", { reblog: privateOriginal, mentionedIds: new Set() });
    expect(canView(selfBoost, viewers.stranger!)).toBe(false);
    expect(canView(selfBoost, viewers.follower!)).toBe(true);
    expect(canView(boost(status("DIRECT")), viewers.stranger!)).toBe(false);
  });

  it("a boost is hidden from someone the original author blocks", () => {
    expect(canView(boost(status("PUBLIC")), viewers.blockedByAuthor!)).toBe(false);
  });

  it("a boost is hidden from someone the booster blocks", () => {
    expect(canView(boost(status("PUBLIC")), viewer(STRANGER, { blockedBy: new Set([BOOSTER]) }))).toBe(false);
  });

  it("a deleted boost of a visible status is hidden", () => {
    expect(canView(boost(status("PUBLIC"), { deletedAt: new Date() }), viewers.stranger!)).toBe(false);
  });
});

describe("showInTimeline", () => {
  const boostOf = (original: StatusFacts): StatusFacts =>
    status("PUBLIC", { accountId: BOOSTER, mentionedIds: new Set(), reblog: original });

  it("shows what the viewer can see", () => {
    expect(showInTimeline(status("PUBLIC"), viewers.stranger!)).toBe(true);
    expect(showInTimeline(status("PRIVATE"), viewers.follower!)).toBe(true);
    expect(showInTimeline(status("PUBLIC"), ANONYMOUS)).toBe(true);
  });

  it("never shows what the viewer cannot see", () => {
    expect(showInTimeline(status("PRIVATE"), viewers.stranger!)).toBe(false);
    expect(showInTimeline(status("PUBLIC", { deletedAt: new Date() }), viewers.author!)).toBe(false);
    expect(showInTimeline(status("PUBLIC"), viewers.blockedByAuthor!)).toBe(false);
    expect(showInTimeline(boostOf(status("PUBLIC", { deletedAt: new Date() })), viewers.stranger!)).toBe(false);
  });

  it("hides authors the viewer mutes or blocks", () => {
    expect(showInTimeline(status("PUBLIC"), viewer(STRANGER, { muting: new Set([AUTHOR]) }))).toBe(false);
    expect(showInTimeline(status("PUBLIC"), viewer(STRANGER, { blocking: new Set([AUTHOR]) }))).toBe(false);
    // muting with notifications only is also a mute
    expect(
      showInTimeline(
        status("PUBLIC"),
        viewer(STRANGER, { muting: new Set([AUTHOR]), mutingNotifications: new Set([AUTHOR]) }),
      ),
    ).toBe(false);
  });

  it("hides boosts by muted or blocked boosters", () => {
    const s = boostOf(status("PUBLIC"));
    expect(showInTimeline(s, viewer(STRANGER, { muting: new Set([BOOSTER]) }))).toBe(false);
    expect(showInTimeline(s, viewer(STRANGER, { blocking: new Set([BOOSTER]) }))).toBe(false);
  });

  it("hides boosts of muted or blocked authors", () => {
    const s = boostOf(status("PUBLIC"));
    expect(showInTimeline(s, viewer(STRANGER, { muting: new Set([AUTHOR]) }))).toBe(false);
    expect(showInTimeline(s, viewer(STRANGER, { blocking: new Set([AUTHOR]) }))).toBe(false);
    expect(showInTimeline(s, viewer(STRANGER))).toBe(true);
  });

  it("mutes of other accounts do not matter", () => {
    const v = viewer(STRANGER, { muting: new Set([99n]), blocking: new Set([98n]) });
    expect(showInTimeline(status("PUBLIC"), v)).toBe(true);
    expect(showInTimeline(boostOf(status("PUBLIC")), v)).toBe(true);
  });
});

describe("isListedPublicly", () => {
  it("lists only public statuses", () => {
    expect(isListedPublicly({ visibility: "PUBLIC" })).toBe(true);
    expect(isListedPublicly({ visibility: "UNLISTED" })).toBe(false);
    expect(isListedPublicly({ visibility: "PRIVATE" })).toBe(false);
    expect(isListedPublicly({ visibility: "DIRECT" })).toBe(false);
  });
});

describe("showNotification", () => {
  const FROM = 7n;
  it("shows notifications from ordinary accounts", () => {
    expect(showNotification(FROM, viewer(STRANGER))).toBe(true);
  });
  it("hides notifications from accounts the viewer blocks or that block the viewer", () => {
    expect(showNotification(FROM, viewer(STRANGER, { blocking: new Set([FROM]) }))).toBe(false);
    expect(showNotification(FROM, viewer(STRANGER, { blockedBy: new Set([FROM]) }))).toBe(false);
  });
  it("hides notifications of accounts muted with notifications, not of plain mutes", () => {
    expect(
      showNotification(FROM, viewer(STRANGER, { muting: new Set([FROM]), mutingNotifications: new Set([FROM]) })),
    ).toBe(false);
    expect(showNotification(FROM, viewer(STRANGER, { muting: new Set([FROM]) }))).toBe(true);
  });
});

describe("canReblog", () => {
  it("public and unlisted statuses can be boosted by anyone who sees them", () => {
    for (const vis of ["PUBLIC", "UNLISTED"] as const) {
      expect(canReblog(status(vis), viewer(STRANGER))).toBe(true);
      expect(canReblog(status(vis), viewer(AUTHOR))).toBe(true);
    }
  });

  it("private statuses can be boosted only by their author", () => {
    expect(canReblog(status("PRIVATE"), viewer(AUTHOR))).toBe(true);
    expect(canReblog(status("PRIVATE"), viewer(FOLLOWER, { following: new Set([AUTHOR]) }))).toBe(false);
    expect(canReblog(status("PRIVATE"), viewer(MENTIONED))).toBe(false);
  });

  it("direct statuses cannot be boosted, even by their author", () => {
    expect(canReblog(status("DIRECT"), viewer(AUTHOR))).toBe(false);
    expect(canReblog(status("DIRECT"), viewer(MENTIONED))).toBe(false);
  });

  it("a boost itself is not boosted (its original is)", () => {
    const b = status("PUBLIC", { accountId: BOOSTER, reblog: status("PUBLIC") });
    expect(canReblog(b, viewer(STRANGER))).toBe(false);
  });

  it("a status the viewer cannot see cannot be boosted", () => {
    expect(canReblog(status("PUBLIC"), viewer(BLOCKED, { blockedBy: new Set([AUTHOR]) }))).toBe(false);
    expect(canReblog(status("PUBLIC", { deletedAt: new Date() }), viewer(STRANGER))).toBe(false);
    expect(canReblog(status("UNLISTED", { authorSuspended: true }), viewer(STRANGER))).toBe(false);
    expect(canReblog(status("PRIVATE", { deletedAt: new Date() }), viewer(AUTHOR))).toBe(false);
  });
});
