// Discovery: instance (v1, v2), nodeinfo, and the small lists clients ask for first.
import { IMAGE_MATRIX_LIMIT, IMAGE_SIZE_LIMIT, MAX_DESCRIPTION, SUPPORTED_MIME_TYPES, VIDEO_SIZE_LIMIT } from "../../core/media.js";
import { POLL_LIMITS } from "../../core/polls.js";
import type { Hono } from "hono";
import type { ApiServices } from "../../http/services.js";
import { signUpInfo } from "../entities/rule.js";

export const MASTODON_VERSION = "4.5.0";
export const SOFTWARE = "fedigraph";
const OWN_VERSION = "0.1.0";

export function instanceRoutes(api: Hono, services: ApiServices) {
  const { config } = services.deps;
  const origin = config.publicUrl;
  const streaming = origin.replace(/^http/, "ws");
  const version = `${MASTODON_VERSION} (compatible; Fedigraph ${OWN_VERSION})`;
  const mediaConfig = {
    supported_mime_types: SUPPORTED_MIME_TYPES,
    description_limit: MAX_DESCRIPTION,
    image_size_limit: IMAGE_SIZE_LIMIT,
    image_matrix_limit: IMAGE_MATRIX_LIMIT,
    video_size_limit: VIDEO_SIZE_LIMIT,
    video_frame_rate_limit: 120,
    video_matrix_limit: 8_294_400,
  };
  const pollConfig = {
    max_options: POLL_LIMITS.maxOptions,
    max_characters_per_option: POLL_LIMITS.maxCharactersPerOption,
    min_expiration: POLL_LIMITS.minExpiration,
    max_expiration: POLL_LIMITS.maxExpiration,
  };
  const statuses = {
    max_characters: config.maxStatusChars,
    max_media_attachments: 4,
    characters_reserved_per_url: 23,
  };

  api.get("/api/v2/instance", async (c) => {
    const [users, signUp] = await Promise.all([services.deps.db.credential.count(), signUpInfo(services.deps)]);
    return c.json({
      domain: config.domain,
      title: "Fedigraph",
      version,
      source_url: "https://github.com/fedigraph/fedigraph",
      description: "A Fedigraph server",
      usage: { users: { active_month: users } },
      thumbnail: { url: `${origin}/thumbnail.png` },
      icon: [],
      languages: ["en"],
      configuration: {
        urls: { streaming },
        vapid: { public_key: "" },
        accounts: { max_featured_tags: 10, max_pinned_statuses: 5 },
        statuses,
        media_attachments: mediaConfig,
        polls: pollConfig,
        translation: { enabled: false },
      },
      registrations: signUp.registrations,
      api_versions: { mastodon: 2 },
      contact: { email: "", account: null },
      rules: signUp.rules,
    });
  });

  api.get("/api/v1/instance", async (c) => {
    const [users, posts, signUp] = await Promise.all([
      services.deps.db.credential.count(),
      services.deps.db.status.count({ where: { local: true, deletedAt: null, reblogOfId: null } }),
      signUpInfo(services.deps),
    ]);
    return c.json({
      uri: config.domain,
      title: "Fedigraph",
      short_description: "A Fedigraph server",
      description: "A Fedigraph server",
      email: "",
      version,
      urls: { streaming_api: streaming },
      stats: { user_count: users, status_count: posts, domain_count: 0 },
      thumbnail: null,
      languages: ["en"],
      ...signUp.v1,
      configuration: { statuses, accounts: { max_featured_tags: 10 }, media_attachments: mediaConfig, polls: pollConfig },
      contact_account: null,
      rules: signUp.rules,
    });
  });

  api.get("/api/v1/instance/peers", (c) => c.json([]));
  api.get("/api/v1/instance/rules", async (c) => c.json((await signUpInfo(services.deps)).rules));
  api.get("/api/v1/custom_emojis", (c) => c.json([]));
  api.get("/api/v1/announcements", (c) => c.json([]));

  api.get("/.well-known/nodeinfo", (c) =>
    c.json({
      links: [
        { rel: "http://nodeinfo.diaspora.software/ns/schema/2.0", href: `${origin}/nodeinfo/2.0` },
        { rel: "http://nodeinfo.diaspora.software/ns/schema/2.1", href: `${origin}/nodeinfo/2.1` },
      ],
    }),
  );

  const nodeinfo = (schema: "2.0" | "2.1") => async () => {
    const [users, posts, signUp] = await Promise.all([
      services.deps.db.credential.count(),
      services.deps.db.status.count({ where: { local: true, deletedAt: null, reblogOfId: null } }),
      signUpInfo(services.deps),
    ]);
    return {
      version: schema,
      software: { name: SOFTWARE, version: OWN_VERSION, ...(schema === "2.1" ? { repository: "https://github.com/fedigraph/fedigraph" } : {}) },
      protocols: ["activitypub"],
      services: { outbound: [], inbound: [] },
      openRegistrations: signUp.openRegistrations,
      usage: { users: { total: users, activeMonth: users, activeHalfyear: users }, localPosts: posts },
      // megalodon and Phanpy read this to treat us as Mastodon.
      metadata: { nodeName: "Fedigraph", upstream: { name: "mastodon", version: MASTODON_VERSION } },
    };
  };
  const v20 = nodeinfo("2.0");
  const v21 = nodeinfo("2.1");
  api.get("/nodeinfo/2.0", async (c) => c.json(await v20()));
  api.get("/nodeinfo/2.1", async (c) => c.json(await v21()));
}
