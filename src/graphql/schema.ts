// Imports every type file (they register themselves on the builder) and builds the schema.
import { lexicographicSortSchema, printSchema } from "graphql";
import { builder } from "./builder.js";
import "./types/scalars.js";
import "./types/errors.js";
import "./types/account.js";
import "./types/status.js";
import "./types/notification.js";
import "./types/queries.js";
import "./types/search.js";
import "./types/node.js";
import "./types/account-mutations.js";
import "./types/status-mutations.js";
import "./types/media.js";
import "./types/poll.js";
import "./types/conversation-mutes.js";
import "./types/conversations.js";
import "./types/subscriptions.js";
import "./types/filters.js";
import "./types/list.js";
import "./types/list-mutations.js";
import "./types/tag-follows.js";
import "./types/migration-reports.js";
import "./types/admin-accounts.js";
import "./types/admin-reports.js";
import "./types/admin-domains.js";
import "./types/domain-blocks.js";
import "./types/portability.js";
import "./types/signup.js";

builder.mutationType({});

export const schema = builder.toSchema();

export function printSortedSchema(): string {
  return printSchema(lexicographicSortSchema(schema));
}
