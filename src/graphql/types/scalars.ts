import { GraphQLError, Kind } from "graphql";
import { builder } from "../builder.js";

builder.scalarType("DateTime", {
  description: "An ISO 8601 date-time, in UTC",
  serialize: (value) => (value as Date).toISOString(),
  parseValue: (value) => {
    const date = typeof value === "string" ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError("DateTime must be an ISO 8601 string");
    return date;
  },
  parseLiteral: (ast) => {
    const date = ast.kind === Kind.STRING ? new Date(ast.value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError("DateTime must be an ISO 8601 string");
    return date;
  },
});

builder.scalarType("File", {
  description: "An uploaded file: send the operation as a GraphQL multipart request (multipart/form-data)",
  serialize: () => {
    throw new GraphQLError("File is an input type only");
  },
  parseValue: (value) => {
    // yoga hands over its own File implementation: check the shape, not the class.
    const file = value as File | null;
    if (typeof file?.arrayBuffer !== "function" || typeof file.type !== "string") {
      throw new GraphQLError("File must be sent as a multipart upload (GraphQL multipart request)");
    }
    return file;
  },
});

export const VisibilityEnum = builder.enumType("Visibility", {
  description: "Who may see a status",
  values: {
    PUBLIC: { description: "Everyone, listed on public timelines" },
    UNLISTED: { description: "Everyone, but not listed on public timelines" },
    PRIVATE: { description: "Followers and mentioned people only" },
    DIRECT: { description: "Mentioned people only" },
  } as const,
});

export const NotificationTypeEnum = builder.enumType("NotificationType", {
  values: ["MENTION", "STATUS", "REBLOG", "FOLLOW", "FOLLOW_REQUEST", "FAVOURITE", "UPDATE", "POLL"] as const,
});
