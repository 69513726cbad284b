// With limited federation on, Mastodon also turns on authorized fetch: posts and collections
// are served only to fetches signed by someone on an allowed server (401 otherwise). Actors,
// their keys, the instance actor and WebFinger stay open, so that allowed servers can verify
// our signatures and find people.
import type { RequestContext } from "@fedify/fedify";
import { mayFederate } from "../services/domains/policy.js";
import { getSettings } from "../services/settings.js";
import type { FederationData } from "./context.js";

export async function fetchAllowed(ctx: RequestContext<FederationData>): Promise<boolean> {
  const { deps } = ctx.data;
  if (!(await getSettings(deps)).limitedFederation) return true;
  const owner = await ctx.getSignedKeyOwner().catch(() => null);
  return !!owner?.id && (await mayFederate(deps, owner.id.host));
}
