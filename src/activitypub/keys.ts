// Our stored PEM key pairs as the WebCrypto keys Fedify signs with: RSA first (Fedify names
// the first pair `#main-key`, the id Mastodon expects), Ed25519 second (`#key-2`, and a
// Multikey for Object Integrity Proofs). Imported keys are cached per actor, since parsing
// PEM costs more than a signature.
import { createPrivateKey, createPublicKey } from "node:crypto";
import { ttlCache } from "../core/ttl-cache.js";
import type { ServiceDeps } from "../services/context.js";
import { accountKeyPairs, instanceKeyPairs, type ActorKeyPems, type PemKeyPair } from "../services/accounts/keys.js";

const RSA = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
const ED25519 = { name: "Ed25519" };

function toCryptoKeyPair(pem: PemKeyPair, algorithm: typeof RSA | typeof ED25519): CryptoKeyPair {
  return {
    publicKey: createPublicKey(pem.publicKeyPem).toCryptoKey(algorithm, true, ["verify"]),
    // Extractable: Fedify refuses to sign with a key it cannot export (it keys its caches on it).
    privateKey: createPrivateKey(pem.privateKeyPem).toCryptoKey(algorithm, true, ["sign"]),
  } as CryptoKeyPair;
}

const toCryptoKeyPairs = (pems: ActorKeyPems) => [toCryptoKeyPair(pems.rsa, RSA), toCryptoKeyPair(pems.ed25519, ED25519)];

export interface KeyRing {
  /** The key pairs of a local account (made on first need); [] when there is no such account. */
  account(accountId: bigint): Promise<CryptoKeyPair[]>;
  instance(): Promise<CryptoKeyPair[]>;
}

export function keyRing(deps: ServiceDeps): KeyRing {
  const cache = ttlCache<string, Promise<CryptoKeyPair[]>>({ ttlMs: 60 * 60_000, max: 10_000 });
  const cached = (owner: string, load: () => Promise<CryptoKeyPair[]>) => {
    const hit = cache.get(owner);
    if (hit) return hit;
    const loading = load();
    cache.set(owner, loading);
    const forget = () => cache.delete(owner);
    loading.then((pairs) => pairs.length === 0 && forget(), forget);
    return loading;
  };
  return {
    account: (accountId) =>
      cached(`account:${accountId}`, async () => {
        const pems = await accountKeyPairs(deps, accountId);
        return pems ? toCryptoKeyPairs(pems) : [];
      }),
    instance: () => cached("instance", async () => toCryptoKeyPairs(await instanceKeyPairs(deps))),
  };
}
