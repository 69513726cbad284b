// Polls: the type on statuses and voting.
import type { Poll } from "../../generated/prisma/client.js";
import { pollExpired, showTotals } from "../../core/polls.js";
import { votePoll } from "../../services/polls/vote.js";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { idArg } from "../ids.js";
import { MUTATION_ERRORS } from "./errors.js";
import { StatusRef } from "./status.js";

const ownVotes = (poll: Poll, ctx: Context) => (ctx.loaders.viewer ? ctx.loaders.viewer.votes.load(poll.id) : []);

const PollOptionRef = builder.objectRef<{ title: string; votesCount: number | null }>("PollOption").implement({
  fields: (t) => ({
    title: t.exposeString("title"),
    votesCount: t.exposeInt("votesCount", { nullable: true, description: "Null while the author hides totals" }),
  }),
});

export const PollRef = builder.objectRef<Poll>("Poll").implement({
  fields: (t) => ({
    id: t.string({ description: "The numeric id", resolve: (p) => String(p.id) }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true }),
    expired: t.boolean({ resolve: (p) => pollExpired(p.expiresAt) }),
    multiple: t.exposeBoolean("multiple"),
    votesCount: t.exposeInt("votesCount"),
    votersCount: t.exposeInt("votersCount"),
    options: t.field({
      type: [PollOptionRef],
      resolve: (p, _args, ctx) => {
        const totals = showTotals(p, ctx.actor?.accountId ?? null);
        return p.options.map((title, i) => ({ title, votesCount: totals ? (p.tallies[i] ?? 0) : null }));
      },
    }),
    voted: t.boolean({
      description: "Did you vote (or write the poll)? False when signed out",
      resolve: async (p, _args, ctx) => p.accountId === ctx.actor?.accountId || (await ownVotes(p, ctx)).length > 0,
    }),
    ownVotes: t.intList({ description: "The options you chose", resolve: (p, _args, ctx) => ownVotes(p, ctx) }),
  }),
});

builder.objectFields(StatusRef, (t) => ({
  poll: t.field({
    type: PollRef,
    nullable: true,
    resolve: (s, _args, ctx) => {
      const known = ctx.loaders.known.polls.get(s.id);
      return known !== undefined ? known : ctx.loaders.polls.load(s.id).then((p) => p ?? null);
    },
  }),
}));

builder.mutationFields((t) => ({
  votePoll: t.field({
    type: PollRef,
    errors: MUTATION_ERRORS,
    description: "Votes in a poll: one option, or several in a multiple-choice poll (indexes from 0)",
    args: { id: t.arg.id({ required: true }), choices: t.arg.intList({ required: true }) },
    resolve: (_root, args, ctx) => votePoll(ctx.deps, ctx.actor, idArg(String(args.id), "Poll"), args.choices),
  }),
}));
