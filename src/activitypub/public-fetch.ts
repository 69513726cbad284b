// Fedify's sender (sendActivity) neither checks an inbox's address nor the redirects it
// follows (it follows them itself, one fetch per hop). Deliveries run inside publicOnly():
// there every fetch — each hop included — is refused unless its address is public. The
// global fetch is wrapped once; outside such a scope it behaves exactly as before.
import { AsyncLocalStorage } from "node:async_hooks";
import { validatePublicUrl } from "@fedify/vocab-runtime";

const scope = new AsyncLocalStorage<true>();
let installed = false;

function install() {
  if (installed) return;
  installed = true;
  const original = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    if (scope.getStore()) {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      await validatePublicUrl(url);
    }
    return original(input, init);
  };
}

/** Runs `run` with every fetch it makes limited to public addresses. */
export function publicOnly<T>(run: () => Promise<T>): Promise<T> {
  install();
  return scope.run(true, run);
}
