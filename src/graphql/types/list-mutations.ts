// Mutations on your lists: create, update, delete, add and remove members.
import { addListAccounts } from "../../services/lists/add-accounts.js";
import { createList } from "../../services/lists/create.js";
import { deleteList } from "../../services/lists/delete.js";
import { removeListAccounts } from "../../services/lists/remove-accounts.js";
import { updateList } from "../../services/lists/update.js";
import { builder } from "../builder.js";
import { idArg } from "../ids.js";
import { MUTATION_ERRORS } from "./errors.js";
import { ListRef, ListRepliesPolicyEnum } from "./list.js";

const accountIds = (ids: readonly (string | number)[]) => ids.map((id) => idArg(String(id), "Account", "accountIds"));

builder.mutationFields((t) => ({
  createList: t.field({
    type: ListRef,
    errors: MUTATION_ERRORS,
    description: "Creates a list (at most 50; title up to 100 characters)",
    args: {
      title: t.arg.string({ required: true }),
      repliesPolicy: t.arg({ type: ListRepliesPolicyEnum, description: "Default LIST" }),
      exclusive: t.arg.boolean({ description: "Keep members' posts out of your home timeline (default false)" }),
    },
    resolve: (_root, args, ctx) => createList(ctx.deps, ctx.actor, args),
  }),
  updateList: t.field({
    type: ListRef,
    errors: MUTATION_ERRORS,
    description: "Changes a list; what you leave out stays as it is",
    args: {
      id: t.arg.id({ required: true }),
      title: t.arg.string(),
      repliesPolicy: t.arg({ type: ListRepliesPolicyEnum }),
      exclusive: t.arg.boolean(),
    },
    resolve: (_root, args, ctx) => updateList(ctx.deps, ctx.actor, { ...args, id: idArg(String(args.id), "List") }),
  }),
  deleteList: t.boolean({
    errors: MUTATION_ERRORS,
    description: "Deletes a list",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      await deleteList(ctx.deps, ctx.actor, idArg(String(args.id), "List"));
      return true;
    },
  }),
  addListAccounts: t.field({
    type: ListRef,
    errors: MUTATION_ERRORS,
    description: "Adds accounts you follow (or asked to follow) to a list, all or none",
    args: { id: t.arg.id({ required: true }), accountIds: t.arg.idList({ required: true }) },
    resolve: (_root, args, ctx) => addListAccounts(ctx.deps, ctx.actor, idArg(String(args.id), "List"), accountIds(args.accountIds)),
  }),
  removeListAccounts: t.field({
    type: ListRef,
    errors: MUTATION_ERRORS,
    description: "Removes accounts from a list (those not in it are ignored)",
    args: { id: t.arg.id({ required: true }), accountIds: t.arg.idList({ required: true }) },
    resolve: (_root, args, ctx) =>
      removeListAccounts(ctx.deps, ctx.actor, idArg(String(args.id), "List"), accountIds(args.accountIds)),
  }),
}));
