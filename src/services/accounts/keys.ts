// Key pairs of local actors, made on first need and stored: RSA-2048 on the account row
// (public_key_pem / private_key_pem, for HTTP Signatures as Mastodon expects) and Ed25519
// in actor_keys (Object Integrity Proofs, FEP-8b32); the instance actor keeps both pairs in
// actor_keys. Two requests racing to make the same key agree on the one stored first.
// PEM: SPKI for public keys, PKCS#8 for private keys. Private keys are never exposed by any API.
import { generateKeyPair } from "node:crypto";
import { newId } from "../../core/ids.js";
import type { ServiceDeps } from "../context.js";

export interface PemKeyPair {
  publicKeyPem: string;
  privateKeyPem: string;
}

export interface ActorKeyPems {
  rsa: PemKeyPair;
  ed25519: PemKeyPair;
}

type Algorithm = "rsa" | "ed25519";

const PEM = { publicKeyEncoding: { type: "spki", format: "pem" }, privateKeyEncoding: { type: "pkcs8", format: "pem" } } as const;

/** A fresh pair, made off the main thread. */
export function generatePemKeyPair(algorithm: Algorithm): Promise<PemKeyPair> {
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, publicKeyPem: string, privateKeyPem: string) =>
      error ? reject(error) : resolve({ publicKeyPem, privateKeyPem });
    if (algorithm === "rsa") generateKeyPair("rsa", { modulusLength: 2048, ...PEM }, done);
    else generateKeyPair("ed25519", PEM, done);
  });
}

/** The stored pair of an owner ("account:<id>" or "instance"), made and stored when missing. */
async function storedPair(deps: ServiceDeps, owner: string, algorithm: Algorithm, accountId: bigint | null): Promise<PemKeyPair> {
  const select = { publicKeyPem: true, privateKeyPem: true } as const;
  const where = { owner_algorithm: { owner, algorithm } };
  const found = await deps.db.actorKey.findUnique({ where, select });
  if (found) return found;
  const pair = await generatePemKeyPair(algorithm);
  await deps.db.actorKey.createMany({ data: [{ id: newId(), accountId, owner, algorithm, ...pair }], skipDuplicates: true });
  return deps.db.actorKey.findUniqueOrThrow({ where, select });
}

/** The key pairs of a local account; null when there is no such local account. */
export async function accountKeyPairs(deps: ServiceDeps, accountId: bigint): Promise<ActorKeyPems | null> {
  const account = await deps.db.account.findUnique({
    where: { id: accountId },
    select: { domain: true, publicKeyPem: true, privateKeyPem: true },
  });
  if (!account || account.domain !== null) return null;
  let rsa: PemKeyPair;
  if (account.publicKeyPem && account.privateKeyPem) {
    rsa = { publicKeyPem: account.publicKeyPem, privateKeyPem: account.privateKeyPem };
  } else {
    const pair = await generatePemKeyPair("rsa");
    // Only fills an empty slot: a pair stored meanwhile by another request wins.
    await deps.db.account.updateMany({ where: { id: accountId, OR: [{ privateKeyPem: null }, { publicKeyPem: null }] }, data: pair });
    const stored = await deps.db.account.findUniqueOrThrow({
      where: { id: accountId },
      select: { publicKeyPem: true, privateKeyPem: true },
    });
    rsa = { publicKeyPem: stored.publicKeyPem!, privateKeyPem: stored.privateKeyPem! };
  }
  const ed25519 = await storedPair(deps, `account:${accountId}`, "ed25519", accountId);
  return { rsa, ed25519 };
}

/** The key pairs of the instance actor (the server itself, which signs fetches and reports). */
export async function instanceKeyPairs(deps: ServiceDeps): Promise<ActorKeyPems> {
  const [rsa, ed25519] = await Promise.all([
    storedPair(deps, "instance", "rsa", null),
    storedPair(deps, "instance", "ed25519", null),
  ]);
  return { rsa, ed25519 };
}
