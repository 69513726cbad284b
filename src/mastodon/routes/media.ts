// Uploads: POST /api/v2/media (and v1), GET/PUT/DELETE /api/v1/media/:id.
import type { Context, Hono } from "hono";
import { NotFoundError, ValidationError } from "../../core/errors.js";
import type { ApiServices } from "../../http/services.js";
import { deleteMedia, findOwnMedia, updateMedia } from "../../services/media/update.js";
import { uploadMedia } from "../../services/media/upload.js";
import { needActor, requestState } from "../context.js";
import { toMastodonMedia } from "../entities/media.js";
import { file, idParam, readParams, str } from "../params.js";

export function mediaRoutes(api: Hono, services: ApiServices) {
  const { deps } = services;
  const storage = deps.storage;

  const upload = async (c: Context) => {
    const state = await requestState(c, services);
    const actor = needActor(state, "write:media");
    const params = await readParams(c);
    const sent = file(params, "file");
    if (!sent) throw new ValidationError("file is missing: send the file as multipart/form-data field \"file\"", "file");
    const media = await uploadMedia(deps, actor, {
      data: Buffer.from(await sent.arrayBuffer()),
      contentType: sent.type,
      description: str(params, "description"),
      focus: str(params, "focus"),
    });
    return c.json(toMastodonMedia(media, storage));
  };
  api.post("/api/v2/media", upload);
  api.post("/api/v1/media", upload);

  api.get("/api/v1/media/:id", async (c) => {
    const state = await requestState(c, services);
    const media = await findOwnMedia(deps, needActor(state, "write:media"), idParam(c.req.param("id")));
    // As on Mastodon: an upload is looked at here until it is posted; then through its status.
    if (media.statusId !== null) throw new NotFoundError("Media");
    return c.json(toMastodonMedia(media, storage));
  });

  api.put("/api/v1/media/:id", async (c) => {
    const state = await requestState(c, services);
    const actor = needActor(state, "write:media");
    const params = await readParams(c);
    const media = await updateMedia(deps, actor, idParam(c.req.param("id")), {
      description: "description" in params ? (str(params, "description") ?? null) : undefined,
      focus: str(params, "focus"),
    });
    return c.json(toMastodonMedia(media, storage));
  });

  api.delete("/api/v1/media/:id", async (c) => {
    const state = await requestState(c, services);
    const media = await deleteMedia(deps, needActor(state, "write:media"), idParam(c.req.param("id")));
    return c.json(toMastodonMedia(media, storage));
  });
}
