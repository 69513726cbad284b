// The server's mail is queued in the transaction of what it tells about (a sign-up, an
// approval, a moderator's action), and sent by the "mail" queue's worker (app.ts). Without
// SMTP settings nothing is queued.
import type { Config } from "../../config.js";
import type { Tx } from "../../db/client.js";
import type { Mail } from "../../mail/smtp.js";

export const MAIL_QUEUE = "mail";

export async function queueMail(tx: Tx, config: Config, mail: Mail): Promise<void> {
  if (!config.smtpUrl) return;
  await tx.$executeRaw`INSERT INTO jobs (queue, payload, max_attempts) VALUES (${MAIL_QUEUE}, ${JSON.stringify(mail)}::jsonb, 8)`;
}

/** a queued mail as the worker reads it back */
export function isMail(payload: unknown): payload is Mail {
  const mail = payload as Partial<Mail> | null;
  return typeof mail?.to === "string" && typeof mail.subject === "string" && typeof mail.text === "string";
}
