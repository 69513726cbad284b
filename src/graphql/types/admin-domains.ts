// Domain moderation in GraphQL for admins: domain blocks (noop, silence, suspend, with their
// flags and comments) and domain allows (limited federation), listed, one by one, created,
// changed and removed. The services decide who may (admins) and audit each change.
import type { DomainAllow, DomainBlock } from "../../generated/prisma/client.js";
import { createDomainAllow, deleteDomainAllow, findDomainAllow, listDomainAllows } from "../../services/domains/allows.js";
import {
  createDomainBlock,
  deleteDomainBlock,
  domainDigest,
  findDomainBlock,
  listDomainBlocks,
  updateDomainBlock,
} from "../../services/domains/blocks.js";
import { builder } from "../builder.js";
import { pagedConnection } from "../connections.js";
import { idArg } from "../ids.js";
import { MUTATION_ERRORS, orNull } from "./errors.js";

export const DomainBlockSeverityEnum = builder.enumType("DomainBlockSeverity", {
  values: {
    NOOP: { description: "Nothing but the flags (reject media, reject reports)" },
    SILENCE: { description: "Limited: its people are kept off public timelines and out of search for people not following them" },
    SUSPEND: { description: "Nothing comes in or goes out; follows are severed both ways and its people and posts are hidden" },
  } as const,
});

const AdminDomainBlockRef = builder.objectRef<DomainBlock>("AdminDomainBlock").implement({
  description: "A server this one limits or refuses, as admins see it",
  fields: (t) => ({
    id: t.id({ description: "The block's numeric id", resolve: (b) => String(b.id) }),
    domain: t.exposeString("domain", { description: "Also covers its subdomains" }),
    digest: t.string({ description: "sha256 of the domain, hex", resolve: (b) => domainDigest(b.domain) }),
    severity: t.field({ type: DomainBlockSeverityEnum, resolve: (b) => b.severity }),
    rejectMedia: t.exposeBoolean("rejectMedia", { description: "Its avatars, headers and attachments are left out" }),
    rejectReports: t.exposeBoolean("rejectReports", { description: "Its reports (Flags) are ignored" }),
    privateComment: t.exposeString("privateComment", { description: "For admins only" }),
    publicComment: t.exposeString("publicComment", { description: "Shown in the published list" }),
    obfuscate: t.exposeBoolean("obfuscate", { description: "The published list shows the domain partly hidden" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const AdminDomainAllowRef = builder.objectRef<DomainAllow>("AdminDomainAllow").implement({
  description: "A server that federates with this one when limited federation is on",
  fields: (t) => ({
    id: t.id({ description: "The allow's numeric id", resolve: (a) => String(a.id) }),
    domain: t.exposeString("domain", { description: "Also covers its subdomains" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const AdminDomainBlockConnection = builder.connectionObject({ type: AdminDomainBlockRef, name: "AdminDomainBlockConnection" });
const AdminDomainAllowConnection = builder.connectionObject({ type: AdminDomainAllowRef, name: "AdminDomainAllowConnection" });

const blockId = (raw: string | number) => idArg(String(raw), "AdminDomainBlock");
const allowId = (raw: string | number) => idArg(String(raw), "AdminDomainAllow");

builder.queryFields((t) => ({
  adminDomainBlocks: t.connection(
    {
      type: AdminDomainBlockRef,
      description: "Domain blocks, newest first (admins)",
      resolve: (_root, args, ctx) => pagedConnection(args, (page) => listDomainBlocks(ctx.deps, ctx.actor, page), (block) => ({ cursor: block.id, node: block })),
    },
    AdminDomainBlockConnection,
  ),
  adminDomainBlock: t.field({
    type: AdminDomainBlockRef,
    nullable: true,
    description: "One domain block (admins); null when there is none",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => orNull(() => findDomainBlock(ctx.deps, ctx.actor, blockId(args.id))),
  }),
  adminDomainAllows: t.connection(
    {
      type: AdminDomainAllowRef,
      description: "Allowed domains, newest first (admins)",
      resolve: (_root, args, ctx) => pagedConnection(args, (page) => listDomainAllows(ctx.deps, ctx.actor, page), (allow) => ({ cursor: allow.id, node: allow })),
    },
    AdminDomainAllowConnection,
  ),
  adminDomainAllow: t.field({
    type: AdminDomainAllowRef,
    nullable: true,
    description: "One allowed domain (admins); null when there is none",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => orNull(() => findDomainAllow(ctx.deps, ctx.actor, allowId(args.id))),
  }),
}));

builder.mutationFields((t) => ({
  createDomainBlock: t.field({
    type: AdminDomainBlockRef,
    errors: MUTATION_ERRORS,
    description:
      "Blocks a server and its subdomains (admins). SUSPEND severs every follow with it both ways and hides its people; " +
      "SILENCE keeps them off public timelines. A ConflictError when a block as strict covers it already",
    args: {
      domain: t.arg.string({ required: true }),
      severity: t.arg({ type: DomainBlockSeverityEnum, description: "Default: SILENCE" }),
      rejectMedia: t.arg.boolean(),
      rejectReports: t.arg.boolean(),
      privateComment: t.arg.string(),
      publicComment: t.arg.string(),
      obfuscate: t.arg.boolean(),
    },
    resolve: (_root, args, ctx) =>
      createDomainBlock(ctx.deps, ctx.actor, {
        domain: args.domain,
        severity: args.severity ?? undefined,
        rejectMedia: args.rejectMedia ?? undefined,
        rejectReports: args.rejectReports ?? undefined,
        privateComment: args.privateComment ?? undefined,
        publicComment: args.publicComment ?? undefined,
        obfuscate: args.obfuscate ?? undefined,
      }),
  }),
  updateDomainBlock: t.field({
    type: AdminDomainBlockRef,
    errors: MUTATION_ERRORS,
    description: "Changes a domain block (admins); a lighter severity lifts what the heavier one did to its people (follows stay severed)",
    args: {
      id: t.arg.id({ required: true }),
      severity: t.arg({ type: DomainBlockSeverityEnum }),
      rejectMedia: t.arg.boolean(),
      rejectReports: t.arg.boolean(),
      privateComment: t.arg.string(),
      publicComment: t.arg.string(),
      obfuscate: t.arg.boolean(),
    },
    resolve: (_root, args, ctx) =>
      updateDomainBlock(ctx.deps, ctx.actor, blockId(args.id), {
        severity: args.severity ?? undefined,
        rejectMedia: args.rejectMedia ?? undefined,
        rejectReports: args.rejectReports ?? undefined,
        privateComment: args.privateComment ?? undefined,
        publicComment: args.publicComment ?? undefined,
        obfuscate: args.obfuscate ?? undefined,
      }),
  }),
  deleteDomainBlock: t.field({
    type: AdminDomainBlockRef,
    errors: MUTATION_ERRORS,
    description: "Lifts a domain block (admins): the people it silenced or suspended are so no more; returns the block as it was",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => deleteDomainBlock(ctx.deps, ctx.actor, blockId(args.id)),
  }),
  createDomainAllow: t.field({
    type: AdminDomainAllowRef,
    errors: MUTATION_ERRORS,
    description: "Allows a server and its subdomains to federate under limited federation (admins); an allowed one is returned as it is",
    args: { domain: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => createDomainAllow(ctx.deps, ctx.actor, args.domain),
  }),
  deleteDomainAllow: t.field({
    type: AdminDomainAllowRef,
    errors: MUTATION_ERRORS,
    description: "Takes a server off the allow list (admins); returns it as it was",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => deleteDomainAllow(ctx.deps, ctx.actor, allowId(args.id)),
  }),
}));
