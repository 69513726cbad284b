// Polls: GET /api/v1/polls/:id, POST /api/v1/polls/:id/votes.
import type { Hono } from "hono";
import { NotFoundError, ValidationError } from "../../core/errors.js";
import type { ApiServices } from "../../http/services.js";
import { votePoll } from "../../services/polls/vote.js";
import { needActor, requestState, type RequestState } from "../context.js";
import { toMastodonPoll } from "../entities/poll.js";
import { idParam, readParams, strings } from "../params.js";
import { visibleStatus } from "../render.js";

export function pollRoutes(api: Hono, services: ApiServices) {
  const { deps } = services;

  async function render(state: RequestState, pollId: bigint) {
    const poll = await deps.db.poll.findUnique({ where: { id: pollId } });
    if (!poll) throw new NotFoundError("Record");
    await visibleStatus(state, poll.statusId);
    const votes = state.loaders.viewer ? await state.loaders.viewer.votes.load(poll.id) : [];
    return toMastodonPoll(poll, state.reader?.accountId ?? null, votes);
  }

  api.get("/api/v1/polls/:id", async (c) => {
    const state = await requestState(c, services);
    return c.json(await render(state, idParam(c.req.param("id"))));
  });

  api.post("/api/v1/polls/:id/votes", async (c) => {
    const state = await requestState(c, services);
    const actor = needActor(state, "write:statuses");
    const choices = (strings(await readParams(c), "choices") ?? []).map((raw) => {
      if (!/^\d{1,3}$/.test(raw.trim())) throw new ValidationError("choices must be option indexes (0, 1, …)", "choices");
      return Number(raw);
    });
    const poll = await votePoll(deps, actor, idParam(c.req.param("id")), choices);
    const votes = await deps.db.pollVote.findMany({ where: { pollId: poll.id, accountId: actor.accountId }, orderBy: { choice: "asc" } });
    return c.json(toMastodonPoll(poll, actor.accountId, votes.map((v) => v.choice)));
  });
}
