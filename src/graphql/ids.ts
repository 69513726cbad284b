// Argument parsing shared by the GraphQL types: snowflakes and Relay global ids.
import { decodeGlobalID } from "@pothos/plugin-relay";
import { ValidationError } from "../core/errors.js";
import { parseId } from "../core/ids.js";
import { normalizeTag } from "../core/text.js";

/** Accepts a Relay global id of the given type or a bare snowflake. */
export function idArg(value: string, typename: string, field = "id"): bigint {
  let raw = value;
  if (!/^\d+$/.test(value)) {
    try {
      const decoded = decodeGlobalID(value);
      if (decoded.typename !== typename) throw new Error("wrong type");
      raw = decoded.id;
    } catch {
      throw new ValidationError(`"${field}" is not a ${typename} id`, field);
    }
  }
  const id = parseId(raw);
  if (id === undefined) throw new ValidationError(`"${field}" is not a ${typename} id`, field);
  return id;
}

/** A hashtag argument, with or without '#', as stored (lower-cased, NFKC). */
export function tagArg(tag: string): string {
  const name = normalizeTag(tag.replace(/^#/, ""));
  if (!name) throw new ValidationError("Tag can't be blank", "tag");
  return name;
}
