// Custom emoji of other servers used in names and posts.
import type { CustomEmoji } from "../../core/emojis.js";
import { builder } from "../builder.js";

export const CustomEmojiRef = builder.objectRef<CustomEmoji>("CustomEmoji").implement({
  description: "A custom emoji of another server: `:shortcode:` in the text shows this image",
  fields: (t) => ({
    shortcode: t.exposeString("shortcode"),
    url: t.exposeString("url", { description: "The image, on its server" }),
  }),
});
