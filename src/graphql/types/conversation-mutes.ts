// Muting a conversation: no more notifications from its thread (Status.muted tells).
import { muteConversation } from "../../services/conversations/thread-state.js";
import { builder } from "../builder.js";
import { idArg } from "../ids.js";
import { MUTATION_ERRORS } from "./errors.js";
import { StatusRef } from "./status.js";

builder.objectFields(StatusRef, (t) => ({
  muted: t.boolean({
    description: "Did you mute this conversation? False when signed out",
    resolve: async (s, _args, ctx) => {
      if (!ctx.loaders.viewer) return false;
      const id = s.reblogOfId ?? s.id;
      return (ctx.loaders.known.flags.get(id) ?? (await ctx.loaders.viewer.flags.load(id))).muted;
    },
  }),
}));

builder.mutationFields((t) => ({
  muteConversation: t.field({
    type: StatusRef,
    errors: MUTATION_ERRORS,
    description: "Stops notifications from the status' thread",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => muteConversation(ctx.deps, ctx.actor, idArg(String(args.id), "Status"), true),
  }),
  unmuteConversation: t.field({
    type: StatusRef,
    errors: MUTATION_ERRORS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => muteConversation(ctx.deps, ctx.actor, idArg(String(args.id), "Status"), false),
  }),
}));
