// Where uploaded files live. The server only needs put/get/delete by key and a public URL;
// the filesystem under DATA_DIR is the default, an object store can implement the same.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";

export interface StoredFile {
  data: Buffer;
  contentType: string;
}

export interface MediaStorage {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<StoredFile | null>;
  delete(key: string): Promise<void>;
  /** the public URL of a stored file */
  url(key: string): string;
}

/** Storage keys are ours (ids and fixed names), but keys from URLs are checked all the same. */
const KEY_RE = /^[a-z0-9_-]+(\/[a-z0-9_-]+)*\.[a-z0-9]+$/;
export const isStorageKey = (key: string) => KEY_RE.test(key);

const TYPES: Record<string, string> = {
  jpg: "image/jpeg", png: "image/png", gif: "image/gif", webp: "image/webp", avif: "image/avif",
  mp4: "video/mp4", webm: "video/webm", mov: "video/quicktime",
  mp3: "audio/mpeg", m4a: "audio/mp4", ogg: "audio/ogg", wav: "audio/wav", flac: "audio/flac",
};

export const MEDIA_PATH = "/system/media";

export function fileStorage(root: string, publicUrl: string): MediaStorage {
  const base = resolve(root);
  const pathOf = (key: string) => {
    if (!isStorageKey(key)) throw new Error(`bad storage key: ${key}`);
    const path = resolve(join(base, key));
    if (!path.startsWith(base + sep)) throw new Error(`bad storage key: ${key}`);
    return path;
  };
  return {
    async put(key, data) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, data);
    },
    async get(key) {
      if (!isStorageKey(key)) return null;
      try {
        const data = await readFile(pathOf(key));
        return { data, contentType: TYPES[key.split(".").pop()!] ?? "application/octet-stream" };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    url: (key) => `${publicUrl}${MEDIA_PATH}/${key}`,
  };
}
