// Typed error results for mutations: each domain error class is a GraphQL type
// implementing the Error interface.
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from "../../core/errors.js";
import { builder } from "../builder.js";

export const ErrorInterface = builder.interfaceRef<DomainError>("Error").implement({
  fields: (t) => ({
    message: t.exposeString("message"),
    code: t.exposeString("code"),
  }),
});

builder.objectType(ValidationError, {
  name: "ValidationError",
  description: "The input is not acceptable; `field` names the input that is wrong",
  interfaces: [ErrorInterface],
  fields: (t) => ({ field: t.exposeString("field", { nullable: true }) }),
});

for (const [cls, name, description] of [
  [UnauthenticatedError, "UnauthenticatedError", "A valid bearer token is needed"],
  [ForbiddenError, "ForbiddenError", "The signed-in person may not do this"],
  [NotFoundError, "NotFoundError", "The thing does not exist, or is not visible to you"],
  [ConflictError, "ConflictError", "It clashes with something that exists (a taken username, ...)"],
] as const) {
  builder.objectType(cls, { name, description, interfaces: [ErrorInterface], fields: () => ({}) });
}

/** Every mutation can fail in these ways. */
export const MUTATION_ERRORS = {
  types: [ValidationError, UnauthenticatedError, ForbiddenError, NotFoundError, ConflictError],
};

/** For the one-item queries: null when there is no such thing, as GraphQL queries answer it. */
export async function orNull<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}
