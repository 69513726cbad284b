// Poll rules: what a new poll may hold, what a vote may choose, and what a viewer sees.
import { ValidationError } from "./errors.js";

export const POLL_LIMITS = { maxOptions: 4, maxCharactersPerOption: 50, minExpiration: 300, maxExpiration: 2_629_746 };

export interface PollInput {
  options: string[];
  expiresIn: number;
  multiple?: boolean | null;
  hideTotals?: boolean | null;
}

export function checkPoll(input: PollInput): { options: string[]; expiresIn: number; multiple: boolean; hideTotals: boolean } {
  const options = input.options.map((option) => option.trim());
  if (options.length < 2) throw new ValidationError("A poll needs at least 2 options", "poll");
  if (options.length > POLL_LIMITS.maxOptions) throw new ValidationError(`A poll has at most ${POLL_LIMITS.maxOptions} options`, "poll");
  if (options.some((option) => option === "")) throw new ValidationError("Poll options can't be blank", "poll");
  if (options.some((option) => [...option].length > POLL_LIMITS.maxCharactersPerOption)) {
    throw new ValidationError(`Poll options are at most ${POLL_LIMITS.maxCharactersPerOption} characters`, "poll");
  }
  if (new Set(options).size !== options.length) throw new ValidationError("Poll options must differ", "poll");
  const expiresIn = input.expiresIn;
  if (!Number.isInteger(expiresIn) || expiresIn < POLL_LIMITS.minExpiration || expiresIn > POLL_LIMITS.maxExpiration) {
    throw new ValidationError(
      `A poll runs between ${POLL_LIMITS.minExpiration} seconds and ${POLL_LIMITS.maxExpiration} seconds (expires_in)`,
      "poll",
    );
  }
  return { options, expiresIn, multiple: !!input.multiple, hideTotals: !!input.hideTotals };
}

export function checkChoices(choices: number[], optionCount: number, multiple: boolean): number[] {
  const unique = [...new Set(choices)];
  if (unique.length === 0) throw new ValidationError("Choose at least one option", "choices");
  if (unique.some((choice) => !Number.isInteger(choice) || choice < 0 || choice >= optionCount)) {
    throw new ValidationError("A choice is not one of the poll's options", "choices");
  }
  if (!multiple && unique.length > 1) throw new ValidationError("This poll allows one choice only", "choices");
  return unique.sort((a, b) => a - b);
}

export const pollExpired = (expiresAt: Date | null, now = Date.now()) => expiresAt !== null && expiresAt.getTime() <= now;

/** Totals are hidden from everyone but the author until the poll ends, when the author asked for that. */
export const showTotals = (poll: { hideTotals: boolean; expiresAt: Date | null; accountId: bigint }, viewerId: bigint | null) =>
  !poll.hideTotals || pollExpired(poll.expiresAt) || poll.accountId === viewerId;
