// Limits on what federation fetches, for the fetches Fedify makes on our behalf (its document
// loader and sender call the global fetch, which is wrapped once here). Inside outbound():
// every request gets a time limit and every response body a size cap (~1 MB), so a server that
// never answers or sends an endless document costs a failed fetch, not a stuck worker or the
// memory; with `publicOnly`, every fetch — each redirect hop included, which Fedify's sender
// follows itself unchecked — must go to a public address. Outside such a scope (the tests'
// own clients, anything else) fetch behaves exactly as before.
import { AsyncLocalStorage } from "node:async_hooks";
import { validatePublicUrl } from "@fedify/vocab-runtime";

export interface OutboundLimits {
  publicOnly: boolean;
  timeoutMs: number;
  maxBytes: number;
}

let defaults: OutboundLimits = { publicOnly: false, timeoutMs: 15_000, maxBytes: 1024 * 1024 };

/** Changes the default time and size limits of this process (tests use short ones); returns the previous ones. */
export function setOutboundDefaults(next: Partial<OutboundLimits>): OutboundLimits {
  const previous = defaults;
  defaults = { ...defaults, ...next };
  return previous;
}

export class ResponseTooLargeError extends Error {
  constructor(url: string, maxBytes: number) {
    super(`The response from ${url} is larger than ${maxBytes} bytes`);
    this.name = "ResponseTooLargeError";
  }
}

const scope = new AsyncLocalStorage<OutboundLimits>();
let installed = false;

function capped(response: Response, url: string, maxBytes: number): Response {
  if (Number(response.headers.get("content-length") ?? "NaN") > maxBytes) {
    void response.body?.cancel();
    throw new ResponseTooLargeError(url, maxBytes);
  }
  if (!response.body) return response;
  let seen = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      seen += chunk.byteLength;
      if (seen > maxBytes) controller.error(new ResponseTooLargeError(url, maxBytes));
      else controller.enqueue(chunk);
    },
  });
  const limited = new Response(response.body.pipeThrough(counter), { status: response.status, statusText: response.statusText, headers: response.headers });
  // A new Response has no URL of its own: keep the fetched one (redirects resolve against it).
  Object.defineProperty(limited, "url", { value: response.url });
  Object.defineProperty(limited, "redirected", { value: response.redirected });
  return limited;
}

function install() {
  if (installed) return;
  installed = true;
  const original = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const limits = scope.getStore();
    if (!limits) return original(input, init);
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (limits.publicOnly) await validatePublicUrl(url);
    const signals = [AbortSignal.timeout(limits.timeoutMs), init?.signal, input instanceof Request ? input.signal : null];
    const signal = AbortSignal.any(signals.filter((s): s is AbortSignal => s != null));
    return capped(await original(input, { ...init, signal }), url, limits.maxBytes);
  };
}

/** Runs `run` with its fetches limited (see above). */
export function outbound<T>(limits: Partial<OutboundLimits>, run: () => Promise<T>): Promise<T> {
  install();
  return scope.run({ ...defaults, ...limits }, run);
}

/** Runs `run` with every fetch it makes limited to public addresses (and the default limits). */
export function publicOnly<T>(run: () => Promise<T>): Promise<T> {
  return outbound({ publicOnly: true }, run);
}
