// The Mastodon Conversation entity (docs.joinmastodon.org/entities/Conversation).
import type { ConversationRow } from "../../db/conversations.js";
import type { Account } from "../../generated/prisma/client.js";
import type { RequestState } from "../context.js";
import { toMastodonAccount } from "./account.js";
import { toMastodonStatus } from "./status.js";

/** The conversation with its last status, or null when the viewer may not see that status. */
export async function toMastodonConversation(state: RequestState, viewerId: bigint, row: ConversationRow) {
  const last = await state.loaders.statuses.load(row.lastStatusId);
  if (!last) return null;
  const mentioned = state.loaders.known.mentions.get(last.id) ?? (await state.loaders.mentions.load(last.id)) ?? [];
  const others = [...new Set([last.accountId, ...mentioned])].filter((id) => id !== viewerId);
  const accounts = (await state.loaders.accounts.loadMany(others)).filter((a): a is Account => !!a && !(a instanceof Error) && !a.suspendedAt);
  const { publicUrl, domain } = state.services.deps.config;
  return {
    id: String(row.threadId),
    unread: row.unread,
    accounts: accounts.map((a) => toMastodonAccount(a, publicUrl, domain)),
    last_status: await toMastodonStatus(state, last),
  };
}
