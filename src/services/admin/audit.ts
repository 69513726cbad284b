// The audit log: every moderation and administration action, with who did it and why.
// Written in the action's own transaction, so an action and its entry exist together.
import { newId } from "../../core/ids.js";
import type { Tx } from "../../db/client.js";
import type { Actor } from "../context.js";
import { staffAccountId } from "./guards.js";

export interface AuditInput {
  /** e.g. "account.suspend", "report.resolve", "domain_block.create" */
  action: string;
  targetType: "account" | "report" | "domain_block" | "domain_allow" | "status" | "setting" | "rule" | "invite";
  targetId: string | bigint;
  reason?: string;
  data?: Record<string, unknown>;
}

export async function audit(tx: Tx, actor: Actor, input: AuditInput): Promise<void> {
  await tx.auditLogEntry.create({
    data: {
      id: newId(),
      accountId: staffAccountId(actor),
      action: input.action,
      targetType: input.targetType,
      targetId: String(input.targetId),
      reason: (input.reason ?? "").slice(0, 5000),
      data: (input.data ?? {}) as object,
    },
  });
}
