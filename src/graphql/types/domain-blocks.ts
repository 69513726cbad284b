// Blocked servers in GraphQL: the server's published list (`domainBlocks`, shown as the
// domainBlocksVisibility setting says) and a person's own blocks (`blockedDomains`,
// blockDomain / unblockDomain: that server's people and posts are hidden from them).
import type { DomainBlock } from "../../generated/prisma/client.js";
import { blockDomain, listBlockedDomains, unblockDomain } from "../../services/domains/account-blocks.js";
import { domainDigest, obfuscatedDomain, publishedDomainBlocks } from "../../services/domains/blocks.js";
import { builder } from "../builder.js";
import { pagedConnection } from "../connections.js";
import { DomainBlockSeverityEnum } from "./admin-domains.js";
import { MUTATION_ERRORS } from "./errors.js";

const DomainBlockRef = builder.objectRef<DomainBlock>("DomainBlock").implement({
  description: "A server this one limits or refuses, as published",
  fields: (t) => ({
    domain: t.string({
      description: "The domain, partly hidden with * when the admins chose so",
      resolve: (b) => (b.obfuscate ? obfuscatedDomain(b.domain) : b.domain),
    }),
    digest: t.string({ description: "sha256 of the real domain, hex", resolve: (b) => domainDigest(b.domain) }),
    severity: t.field({ type: DomainBlockSeverityEnum, resolve: (b) => b.severity }),
    comment: t.string({ nullable: true, description: "Why, as the admins publish it", resolve: (b) => b.publicComment || null }),
  }),
});

const BlockedDomainConnection = builder.connectionObject({ type: "String", name: "BlockedDomainConnection" });

builder.queryFields((t) => ({
  domainBlocks: t.field({
    type: [DomainBlockRef],
    description:
      "The servers this one limits or refuses, most severe first. Shown to everyone, to signed-in people, " +
      "or to admins only, as the server's domainBlocksVisibility setting says",
    resolve: (_root, _args, ctx) => publishedDomainBlocks(ctx.deps, ctx.actor),
  }),
  blockedDomains: t.connection(
    {
      type: "String",
      description: "The servers you blocked, most recently blocked first",
      resolve: (_root, args, ctx) => pagedConnection(args, (page) => listBlockedDomains(ctx.deps, ctx.actor, page), (row) => ({ cursor: row.id, node: row.domain })),
    },
    BlockedDomainConnection,
  ),
}));

builder.mutationFields((t) => ({
  blockDomain: t.field({
    type: "String",
    errors: MUTATION_ERRORS,
    description:
      "Blocks a whole server for you: your follows there end, its people stop following you, their posts and " +
      "notifications stay away from you. Returns the domain as stored",
    args: { domain: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => blockDomain(ctx.deps, ctx.actor, args.domain),
  }),
  unblockDomain: t.field({
    type: "String",
    errors: MUTATION_ERRORS,
    description: "Lifts your block of a server (follows do not come back). Returns the domain as stored",
    args: { domain: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => unblockDomain(ctx.deps, ctx.actor, args.domain),
  }),
}));
