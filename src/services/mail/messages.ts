// The words of the server's mail.
import type { Config } from "../../config.js";
import type { Mail } from "../../mail/smtp.js";

/** how long a confirmation link works */
export const CONFIRMATION_DAYS = 7;

const sign = (config: Config) => `\n\n-- \n${config.domain} (${config.publicUrl})`;

export function confirmationMail(config: Config, to: string, username: string, token: string): Mail {
  const link = `${config.publicUrl}/auth/confirmation?confirmation_token=${encodeURIComponent(token)}`;
  return {
    to,
    subject: `Confirm your e-mail address on ${config.domain}`,
    text:
      `Hello @${username},\n\nto finish signing up on ${config.domain}, open this link within ${CONFIRMATION_DAYS} days:\n\n${link}\n\n` +
      `If you did not sign up, you can ignore this mail.${sign(config)}`,
  };
}

export function approvedMail(config: Config, to: string, username: string): Mail {
  return {
    to,
    subject: `Welcome to ${config.domain}`,
    text: `Hello @${username},\n\na moderator approved your account: you can sign in now.${sign(config)}`,
  };
}

export function refusedMail(config: Config, to: string, reason: string | null): Mail {
  return {
    to,
    subject: `Your application to ${config.domain}`,
    text: `Hello,\n\na moderator refused your application${reason ? `, with this reason:\n\n${reason}` : "."}${sign(config)}`,
  };
}

const ACTIONS: Record<string, string> = {
  none: "You received a warning from the moderators.",
  sensitive: "From now on, your media is marked as sensitive.",
  disable: "Your login has been disabled.",
  silence: "Your account has been limited: only your followers see your posts.",
  suspend: "Your account has been suspended.",
  delete_statuses: "Some of your posts have been removed.",
  mark_statuses_as_sensitive: "Some of your posts have been marked as sensitive.",
};

export function moderationMail(config: Config, to: string, username: string, action: string, text: string): Mail {
  return {
    to,
    subject: `A moderation decision about your account on ${config.domain}`,
    text: `Hello @${username},\n\n${ACTIONS[action] ?? "The moderators took an action on your account."}${text ? `\n\nThey wrote:\n\n${text}` : ""}${sign(config)}`,
  };
}
