// What a status carries besides text, as Mastodon clients send it: media_ids[],
// poll[options][] / poll[expires_in] / poll[multiple] / poll[hide_totals], media_attributes[].
import { ValidationError } from "../../core/errors.js";
import { parseId } from "../../core/ids.js";
import type { PollInput } from "../../core/polls.js";
import { bool, str, strings, type Params } from "../params.js";

const id = (raw: string, field: string) => {
  const parsed = parseId(raw.trim());
  if (parsed === undefined) throw new ValidationError(`${raw} is not an id`, field);
  return parsed;
};

export function mediaIds(params: Params): bigint[] | undefined {
  return strings(params, "media_ids")?.filter((raw) => raw !== "").map((raw) => id(raw, "media_ids"));
}

export function pollParam(params: Params): PollInput | null {
  const poll = params.poll;
  if (poll === undefined || poll === null || poll === "") return null;
  if (typeof poll !== "object" || Array.isArray(poll)) throw new ValidationError("poll must have options and expires_in", "poll");
  const fields = poll as Params;
  const expires = str(fields, "expires_in");
  if (!expires || !/^\d+$/.test(expires.trim())) throw new ValidationError("poll[expires_in] must be a number of seconds", "poll");
  return {
    options: strings(fields, "options") ?? [],
    expiresIn: Number(expires),
    multiple: bool(fields, "multiple") ?? false,
    hideTotals: bool(fields, "hide_totals") ?? false,
  };
}

export function mediaAttributes(params: Params) {
  const raw = params.media_attributes;
  if (raw === undefined || raw === null) return undefined;
  const list = Array.isArray(raw) ? raw : typeof raw === "object" ? Object.values(raw as Params) : [raw];
  return list.map((entry) => {
    if (!entry || typeof entry !== "object") throw new ValidationError("media_attributes entries need an id", "media_attributes");
    const fields = entry as Params;
    const raw = str(fields, "id");
    if (!raw) throw new ValidationError("media_attributes entries need an id", "media_attributes");
    return {
      id: id(raw, "media_attributes"),
      description: "description" in fields ? (str(fields, "description") ?? null) : undefined,
      focus: str(fields, "focus"),
    };
  });
}
