// HTTP signatures (the federation issue's acceptance point): the published test vectors
// through Fedify's verifier, then signed POSTs to our own inboxes, where a tampered body or
// signed header, a wrong key, a key of another actor, an expired Date and a replay are each
// refused with 401 and write nothing.
//
// Fixtures (test/fixtures/signatures/): draft-cavage-http-signatures-12 Appendix C and RFC 9421
// Appendix B, keys and requests as published; each fixture names its source and sections.
//
// What Fedify 2.3.6 cannot verify, and why (pinned by the tests below unless said otherwise):
// - draft-cavage C.1 (no `headers`, so only `date` signed) and C.2 (a POST body whose `digest`
//   is not signed): Fedify requires (request-target), date and, with a body, digest.
// - draft-cavage C.3: Fedify builds (request-target) from the path alone ("post /foo"); the
//   draft (and Mastodon) include the query. The same construction without a query verifies.
// - RFC 9421: every example's keyid ("test-key-ed25519"...) is not a URL, and Fedify only
//   fetches keys by URL; B.2.6 with its keyid spelled as a URL verifies.
// - RFC 9421 @query: Fedify derives it without the leading "?" that §2.2.7 keeps.
// - RFC 9421 rsa-pss-sha512 (B.2.1-B.2.3): Fedify imports every RSA key as RSASSA-PKCS1-v1_5.
// - Not tried through Fedify: hmac-sha256 (B.2.5; Fedify has no shared secrets), B.2.2's
//   @query-param (Fedify throws on it while building the base) and B.2.4 (a response). Their
//   published signatures are still checked against the published bases.
import {
  generateCryptoKeyPair,
  signRequest,
  verifyRequest,
  verifyRequestDetailed,
  type DocumentLoader,
  type HttpMessageSignaturesSpec,
} from "@fedify/fedify";
import { Temporal } from "@js-temporal/polyfill";
import { constants, createHmac, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newFederationData } from "../../src/activitypub/context.js";
import { get, PUBLIC } from "../support/activitypub.js";
import { rowCounts } from "../support/api.js";
import { startFederatingPair, type TestApp } from "../support/app.js";
import { signUp, type Person } from "../support/world.js";

interface PublishedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}
interface CavageFixture {
  publicKeyPem: string;
  privateKeyPem: string;
  request: PublishedRequest;
  tests: Record<"default" | "basic" | "allHeaders", { headers: string | null; signingString: string; signature: string; created?: number; expires?: number }>;
}
interface Rfc9421Example {
  section: string;
  keyid: string;
  alg: string;
  signatureBase: string;
  signatureInput: string;
  signature: string;
}
interface Rfc9421Fixture {
  keys: Record<string, { publicKeyPem?: string; privateKeyPem?: string; secretBase64?: string }>;
  request: PublishedRequest;
  examples: Record<"B.2.1" | "B.2.2" | "B.2.3" | "B.2.5" | "B.2.6", Rfc9421Example>;
}

const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../fixtures/signatures/${name}`, import.meta.url), "utf8")) as T;
const cavage = fixture<CavageFixture>("draft-cavage-12.json");
const rfc = fixture<Rfc9421Fixture>("rfc9421.json");

/** Serves public keys as CryptographicKey documents: Fedify fetches a keyId to verify. */
function keyServer(keys: Record<string, string>): DocumentLoader {
  return async (url) => {
    const publicKeyPem = keys[url];
    if (!publicKeyPem) throw new Error(`no key at ${url}`);
    const document = { "@context": "https://w3id.org/security/v1", id: url, type: "CryptographicKey", owner: "https://example.com/actor", publicKeyPem };
    return { contextUrl: null, documentUrl: url, document };
  };
}

const pem = (text: string | undefined): KeyObject => createPrivateKey(text!);
const bytesOf = (sfSignature: string) => Buffer.from(/=:([^:]*):$/.exec(sfSignature)![1]!, "base64");
const replaceLast = (text: string, from: string, to: string) => text.slice(0, text.lastIndexOf(from)) + to + text.slice(text.lastIndexOf(from) + from.length);

describe("draft-cavage-http-signatures-12, Appendix C", () => {
  // keyId is not part of a draft-cavage signing string, so the vectors' keyId="Test" may be
  // spelled as a URL (Fedify fetches keys by URL) without touching the signatures.
  const keyId = "https://example.com/keys/Test";
  const documentLoader = keyServer({ [keyId]: cavage.publicKeyPem });
  const currentTime = Temporal.Instant.from(new Date(cavage.request.headers.Date!).toISOString());
  const request = (signature: string, changes: Partial<PublishedRequest> = {}) => {
    const { method, url, headers, body } = { ...cavage.request, ...changes };
    return new Request(url, { method, body, headers: { ...headers, ...changes.headers, Signature: signature } });
  };
  const header = (test: CavageFixture["tests"]["default"], signature = test.signature, headers = test.headers) =>
    [
      `keyId="${keyId}",algorithm="rsa-sha256"`,
      ...(test.created ? [`created=${test.created},expires=${test.expires}`] : []),
      ...(headers ? [`headers="${headers}"`] : []),
      `signature="${signature}"`,
    ].join(",");
  const verified = async (req: Request) => (await verifyRequest(req, { documentLoader, currentTime })) !== null;

  it("the published signatures verify over the published signing strings with the test key", () => {
    const key = createPublicKey(cavage.publicKeyPem);
    for (const test of Object.values(cavage.tests)) {
      expect(verify("sha256", Buffer.from(test.signingString), key, Buffer.from(test.signature, "base64"))).toBe(true);
      // and not over anything else
      expect(verify("sha256", Buffer.from(`${test.signingString} `), key, Buffer.from(test.signature, "base64"))).toBe(false);
    }
    // C.3's signature covers its printed signing string, which has no (created) or (expires)
    // lines although its headers parameter names them (the draft's own warning about C).
    expect(cavage.tests.allHeaders.headers).toContain("(created)");
    expect(cavage.tests.allHeaders.signingString).not.toContain("(created)");
  });

  it("Fedify refuses the requests as published (it is stricter than the draft, and drops the query)", async () => {
    const { default: c1, basic: c2, allHeaders: c3 } = cavage.tests;
    // C.1: no headers parameter, so only `date` is signed; Fedify requires one naming
    // (request-target) and date.  C.2: a body whose digest is not signed.
    expect(await verified(request(header(c1)))).toBe(false);
    expect(await verified(request(header(c2)))).toBe(false);
    // C.3 as printed, and as its signature was made (no (created)/(expires)): the query in
    // (request-target) is what Fedify leaves out.
    expect(await verified(request(header(c3)))).toBe(false);
    const printed = header({ ...c3, created: undefined }, c3.signature, "(request-target) host date content-type digest content-length");
    expect(await verified(request(printed))).toBe(false);
    // The same construction on the same request without a query, signed with Appendix C's
    // private key (rsa-sha256 is deterministic), verifies: the query is the only difference.
    const noQuery = replaceLast(c3.signingString, "?param=value&pet=dog", "");
    const signature = sign("sha256", Buffer.from(noQuery), pem(cavage.privateKeyPem)).toString("base64");
    const url = cavage.request.url.replace(/\?.*$/, "");
    const signed = header({ ...c3, created: undefined }, signature, "(request-target) host date content-type digest content-length");
    expect(await verified(request(signed, { url }))).toBe(true);
    // C.2's construction on that request stays refused: its digest is not signed.
    const basic = sign("sha256", Buffer.from(replaceLast(c2.signingString, "?param=value&pet=dog", "")), pem(cavage.privateKeyPem)).toString("base64");
    expect(await verified(request(header(c2, basic), { url }))).toBe(false);
    // Tampered: body (its Digest no longer matches), a signed header, the key, the time.
    expect(await verified(request(signed, { url, body: '{"hello": "world!"}' }))).toBe(false);
    expect(await verified(request(signed, { url, headers: { ...cavage.request.headers, "Content-Type": "text/plain" } }))).toBe(false);
    expect(await verified(request(signed, { url, headers: { ...cavage.request.headers, Date: "Sun, 05 Jan 2014 21:31:41 GMT" } }))).toBe(false);
    const other = (await generateCryptoKeyPair("RSASSA-PKCS1-v1_5")).privateKey;
    const byOther = await signRequest(new Request(url, { method: "POST", headers: cavage.request.headers, body: cavage.request.body }), other, new URL(keyId), { currentTime });
    expect(await verified(byOther)).toBe(false);
    const later = currentTime.add({ minutes: 61 });
    expect(await verifyRequest(request(signed, { url }), { documentLoader, currentTime: later })).toBeNull();
  });
});

describe("RFC 9421, Appendix B", () => {
  const publicKey = (name: string) => createPublicKey(rfc.keys[name]!.publicKeyPem!);
  const currentTime = Temporal.Instant.fromEpochMilliseconds(1618884473_000);
  const urlOf = (keyid: string) => `https://example.com/keys/${keyid}`;
  const documentLoader = keyServer({
    [urlOf("test-key-ed25519")]: rfc.keys["test-key-ed25519"]!.publicKeyPem!,
    [urlOf("test-key-rsa")]: rfc.keys["test-key-rsa"]!.publicKeyPem!,
    [urlOf("test-key-rsa-pss")]: rfc.keys["test-key-rsa-pss"]!.publicKeyPem!,
  });
  /** B.2's test-request carrying a signature (Signature-Input and Signature as given). */
  const request = (signatureInput: string, signature: string, headers: Record<string, string> = {}) =>
    new Request(rfc.request.url, {
      method: rfc.request.method,
      body: rfc.request.body,
      headers: { ...rfc.request.headers, ...headers, "Signature-Input": signatureInput, Signature: signature },
    });
  /** An example with its keyid spelled as a URL, signed by `signer` over its base changed to match. */
  const rekeyed = (example: Rfc9421Example, signer: (base: Buffer) => Buffer) => {
    const swap = (text: string) => text.replace(`keyid="${example.keyid}"`, `keyid="${urlOf(example.keyid)}"`);
    const signature = signer(Buffer.from(swap(example.signatureBase))).toString("base64");
    return { input: swap(example.signatureInput), signature: `${example.signatureInput.split("=")[0]}=:${signature}:` };
  };
  const ed25519 = (base: Buffer) => sign(null, base, pem(rfc.keys["test-key-ed25519"]!.privateKeyPem));
  const rsaV15 = (base: Buffer) => sign("sha256", base, pem(rfc.keys["test-key-rsa"]!.privateKeyPem));
  const pss = (base: Buffer) =>
    sign("sha512", base, { key: pem(rfc.keys["test-key-rsa-pss"]!.privateKeyPem), padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 64 });
  const verified = async (req: Request) => (await verifyRequest(req, { documentLoader, currentTime })) !== null;

  it("the published signatures verify over the published signature bases", () => {
    const { "B.2.1": b21, "B.2.2": b22, "B.2.3": b23, "B.2.5": b25, "B.2.6": b26 } = rfc.examples;
    const pssKey = { key: publicKey("test-key-rsa-pss"), padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 64 };
    for (const example of [b21, b22, b23]) {
      expect(verify("sha512", Buffer.from(example.signatureBase), pssKey, bytesOf(example.signature)), example.section).toBe(true);
      expect(verify("sha512", Buffer.from(`${example.signatureBase} `), pssKey, bytesOf(example.signature)), example.section).toBe(false);
    }
    const secret = Buffer.from(rfc.keys["test-shared-secret"]!.secretBase64!, "base64");
    expect(createHmac("sha256", secret).update(b25.signatureBase).digest()).toEqual(bytesOf(b25.signature));
    // Ed25519 is deterministic: the published key over the published base gives the published bytes.
    expect(verify(null, Buffer.from(b26.signatureBase), publicKey("test-key-ed25519"), bytesOf(b26.signature))).toBe(true);
    expect(ed25519(Buffer.from(b26.signatureBase))).toEqual(bytesOf(b26.signature));
    // Each Signature-Input is the base's @signature-params line.
    for (const example of [b21, b22, b23, b25, b26]) {
      const params = /"@signature-params": (.*)$/.exec(example.signatureBase)![1];
      expect(example.signatureInput, example.section).toBe(`${example.signatureInput.split("=")[0]}=${params}`);
    }
  });

  it("Fedify builds B.2.6's signature base: B.2.6 verifies once its keyid is a URL, and not when tampered", async () => {
    const b26 = rfc.examples["B.2.6"];
    // As published: the keyid is not a URL, so Fedify has no key to fetch.
    expect(await verifyRequestDetailed(request(b26.signatureInput, b26.signature), { documentLoader, currentTime })).toEqual({
      verified: false,
      reason: { type: "invalidSignature" },
    });
    const { input, signature } = rekeyed(b26, ed25519);
    expect(await verified(request(input, signature))).toBe(true);
    // A covered header changed, the created time changed, another key's signature, too late.
    expect(await verified(request(input, signature, { "Content-Type": "application/activity+json" }))).toBe(false);
    expect(await verified(request(input, signature, { Date: "Tue, 20 Apr 2021 02:07:56 GMT" }))).toBe(false);
    expect(await verified(request(input.replace("created=1618884473", "created=1618884474"), signature))).toBe(false);
    const stranger = generateKeyPairSync("ed25519").privateKey;
    expect(await verified(request(input, rekeyed(b26, (base) => sign(null, base, stranger)).signature))).toBe(false);
    const later = currentTime.add({ minutes: 61 });
    expect(await verifyRequest(request(input, signature), { documentLoader, currentTime: later })).toBeNull();
  });

  it("what Fedify does not verify: rsa-pss-sha512, and @query (it drops the leading ?)", async () => {
    const b23 = rfc.examples["B.2.3"];
    /** B.2.3's request and components, `change`d, signed with the key `keyid` (as a URL). */
    const b23With = (keyid: string, signer: (base: Buffer) => Buffer, change = (text: string) => text) => {
      const swap = (text: string) => change(text.replace(`keyid="${b23.keyid}"`, `keyid="${keyid}"`));
      const { input, signature } = rekeyed({ ...b23, keyid, signatureBase: swap(b23.signatureBase), signatureInput: swap(b23.signatureInput) }, signer);
      return request(input, signature);
    };
    const withoutQuery = (text: string) => text.replace('"@query": ?param=Value&Pet=dog\n', "").replace(' "@query"', "");
    const fedifysQuery = (text: string) => text.replace('"@query": ?', '"@query": ');
    // test-key-rsa (B.1.1), rsa-v1_5-sha256: refused with @query as RFC 9421 §2.2.7 spells it
    // ("?param=Value&Pet=dog"), accepted with Fedify's spelling ("param=Value&Pet=dog") and
    // without @query.
    expect(await verified(b23With("test-key-rsa", rsaV15))).toBe(false);
    expect(await verified(b23With("test-key-rsa", rsaV15, fedifysQuery))).toBe(true);
    expect(await verified(b23With("test-key-rsa", rsaV15, withoutQuery))).toBe(true);
    // test-key-rsa-pss (B.1.2), rsa-pss-sha512, even without @query: refused (Fedify imports
    // the key as RSASSA-PKCS1-v1_5).
    expect(await verified(b23With("test-key-rsa-pss", pss, withoutQuery))).toBe(false);
  });
});

describe("signed POSTs to our inboxes", () => {
  let a: TestApp;
  let b: TestApp;
  let alice: Person;
  let carol: Person;
  let bob: Person;
  const uri = (t: TestApp, who: Person) => `${t.app.config.publicUrl}/users/${who.name}`;
  const keysOf = async (who: Person) => {
    const [rsa] = await a.app.activityPub.keys.account(BigInt(who.snowflake));
    return { privateKey: rsa!.privateKey, keyId: (await get(a, `/users/${who.name}`)).body.publicKey.id as string };
  };

  beforeAll(async () => {
    [a, b] = await startFederatingPair();
    alice = await signUp(a, "alice");
    carol = await signUp(a, "carol");
    bob = await signUp(b, "bob");
  });
  afterAll(() => Promise.all([a?.close(), b?.close()]));

  /** A request as it goes on the wire, so that it can be altered and sent again. */
  interface Wire {
    url: string;
    headers: Record<string, string>;
    body: string;
  }
  const inbox = (path: "personal" | "shared") => `${b.app.config.publicUrl}${path === "shared" ? "/inbox" : `/users/${bob.name}/inbox`}`;

  let serial = 0;
  /** alice's Create of a note addressed to bob: B stores it when it accepts it. */
  const create = () => {
    const me = uri(a, alice);
    const n = ++serial;
    const note = { id: `${me}/statuses/sig-${n}`, type: "Note", attributedTo: me, content: `<p>signed ${n}</p>`, to: [PUBLIC], cc: [uri(b, bob)] };
    return { "@context": "https://www.w3.org/ns/activitystreams", id: `${me}#create-sig-${n}`, type: "Create", actor: me, to: [PUBLIC], cc: [uri(b, bob)], object: note };
  };

  async function signed(
    activity: object,
    options: { to?: "personal" | "shared"; spec?: HttpMessageSignaturesSpec; by?: Person; privateKey?: CryptoKey; keyId?: string; at?: Date } = {},
  ): Promise<Wire> {
    const own = await keysOf(options.by ?? alice);
    const url = inbox(options.to ?? "personal");
    const body = JSON.stringify(activity);
    const request = new Request(url, { method: "POST", headers: { "content-type": "application/activity+json" }, body });
    const at = options.at ? Temporal.Instant.fromEpochMilliseconds(options.at.getTime()) : undefined;
    const signedRequest = await signRequest(request, options.privateKey ?? own.privateKey, new URL(options.keyId ?? own.keyId), {
      spec: options.spec ?? "draft-cavage-http-signatures-12",
      ...(at ? { currentTime: at } : {}),
    });
    return { url, headers: Object.fromEntries(signedRequest.headers), body };
  }

  /** POSTs `wire` as it is, over node:http (fetch would put back the Host header of the URL). */
  const send = (wire: Wire) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpRequest(wire.url, { method: "POST", headers: wire.headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
      });
      req.on("error", reject);
      req.end(wire.body);
    });

  /** Until B's queue has nothing left to run. */
  async function settled() {
    const until = Date.now() + 15_000;
    while ((await b.app.deps.db.job.count({ where: { failedAt: null } })) > 0) {
      if (Date.now() > until) throw new Error("B's queue did not run dry");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const snapshot = async (): Promise<Record<string, number>> => {
    await settled();
    return { ...(await rowCounts(b)), jobs: await b.app.deps.db.job.count() };
  };

  /** Sends `wire`, expects 202 and that it wrote `table`. */
  async function accepted(wire: Wire, table: "follows" | "statuses") {
    const before = await snapshot();
    const answer = await send(wire);
    expect(answer.status, answer.text).toBe(202);
    expect((await snapshot())[table]).toBe(before[table]! + 1);
  }
  /** Sends `wire`, expects 401 and no row written anywhere on B; returns the answer's text. */
  async function refused(wire: Wire): Promise<string> {
    const before = await snapshot();
    const answer = await send(wire);
    expect(answer.status, answer.text).toBe(401);
    expect(await snapshot()).toEqual(before);
    return answer.text;
  }

  it("accepts a correctly signed Follow (draft-cavage) and Create (RFC 9421), and writes them", async () => {
    const me = uri(a, alice);
    const follow = { "@context": "https://www.w3.org/ns/activitystreams", id: `${me}#follow-sig`, type: "Follow", actor: me, object: uri(b, bob) };
    await accepted(await signed(follow), "follows");
    await accepted(await signed(create(), { spec: "rfc9421", to: "shared" }), "statuses");
    await accepted(await signed(create(), { spec: "rfc9421" }), "statuses");
    await accepted(await signed(create(), { to: "shared" }), "statuses");
  });

  it("refuses an unsigned POST", async () => {
    const body = JSON.stringify(create());
    await refused({ url: inbox("personal"), headers: { "content-type": "application/activity+json" }, body });
  });

  it("refuses a tampered body (Digest / Content-Digest no longer match)", async () => {
    for (const spec of ["draft-cavage-http-signatures-12", "rfc9421"] as const) {
      for (const to of ["personal", "shared"] as const) {
        const wire = await signed(create(), { spec, to });
        await refused({ ...wire, body: JSON.stringify(create()) });
        // the digest header made to match the new body does not help: the signature covers it
        const other = JSON.stringify(create());
        const digest = Buffer.from(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(other))).toString("base64");
        const headers: Record<string, string> = spec === "rfc9421" ? { "content-digest": `sha-256=:${digest}:` } : { digest: `SHA-256=${digest}` };
        await refused({ ...wire, headers: { ...wire.headers, ...headers }, body: other });
      }
    }
  });

  it("refuses a signed header changed after signing (Date, Host, Content-Type)", async () => {
    for (const spec of ["draft-cavage-http-signatures-12", "rfc9421"] as const) {
      const wire = await signed(create(), { spec });
      const date = new Date(Date.parse(wire.headers.date!) + 5_000).toUTCString();
      await refused({ ...wire, headers: { ...wire.headers, date } });
      await refused({ ...wire, headers: { ...wire.headers, host: new URL(a.app.config.publicUrl).host } });
    }
    const wire = await signed(create());
    await refused({ ...wire, headers: { ...wire.headers, "content-type": "application/ld+json" } });
  });

  it("refuses a signature by another key under alice's keyId, and one by carol's key on alice's activity", async () => {
    const { privateKey } = await generateCryptoKeyPair("RSASSA-PKCS1-v1_5");
    for (const spec of ["draft-cavage-http-signatures-12", "rfc9421"] as const) {
      await refused(await signed(create(), { spec, privateKey, keyId: (await keysOf(alice)).keyId }));
      // carol's own key and keyId: a good signature, but not by the activity's actor
      const text = await refused(await signed(create(), { spec, by: carol, to: "shared" }));
      expect(text).toMatch(/signer and the actor do not match/);
    }
  });

  it("refuses a Date (and RFC 9421 created) more than an hour old, or an hour ahead", async () => {
    for (const spec of ["draft-cavage-http-signatures-12", "rfc9421"] as const) {
      await refused(await signed(create(), { spec, at: new Date(Date.now() - 65 * 60_000) }));
      await refused(await signed(create(), { spec, at: new Date(Date.now() + 65 * 60_000), to: "shared" }));
    }
  });

  it("refuses a replay of an accepted request: 401 with an error, nothing written again", async () => {
    for (const spec of ["draft-cavage-http-signatures-12", "rfc9421"] as const) {
      for (const to of ["personal", "shared"] as const) {
        const wire = await signed(create(), { spec, to });
        await accepted(wire, "statuses");
        const text = await refused(wire);
        expect(JSON.parse(text)).toEqual({ error: expect.stringMatching(/replay/) });
        // re-spelling the Signature header does not make it new
        const spaced = wire.headers.signature!.replace(/,/g, ", ");
        expect(JSON.parse(await refused({ ...wire, headers: { ...wire.headers, signature: spaced } }))).toMatchObject({ error: expect.any(String) });
      }
    }
  });

  it("refuses an RFC 9421 POST whose signature leaves the body out (Fedify alone would take any body)", async () => {
    const { privateKey, keyId } = await keysOf(alice);
    const url = inbox("shared");
    const date = new Date().toUTCString();
    const params = `alg="rsa-v1_5-sha256";keyid="${keyId}";created=${Math.floor(Date.now() / 1000)}`;
    const covered = '("@method" "@target-uri" "@authority" "date")';
    const base = [`"@method": POST`, `"@target-uri": ${url}`, `"@authority": ${new URL(url).host}`, `"date": ${date}`, `"@signature-params": ${covered};${params}`].join("\n");
    const signature = Buffer.from(await crypto.subtle.sign("RSASSA-PKCS1-v1_5", privateKey, new TextEncoder().encode(base))).toString("base64");
    const headers = { "content-type": "application/activity+json", date, "signature-input": `sig1=${covered};${params}`, signature: `sig1=:${signature}:` };
    // Any body: Fedify's verifier accepts the signature.
    const body = JSON.stringify(create());
    const ctx = b.app.activityPub.federation.createContext(new URL(b.app.config.publicUrl), newFederationData(b.app.deps));
    expect(await verifyRequest(new Request(url, { method: "POST", headers, body }), { documentLoader: ctx.documentLoader })).not.toBeNull();
    const text = await refused({ url, headers, body });
    expect(JSON.parse(text)).toEqual({ error: expect.stringMatching(/content-digest/) });
  });

  it("the refused activities were fine: the same one, signed properly, is stored", async () => {
    const activity = create();
    const wire = await signed(activity);
    await refused({ ...wire, body: JSON.stringify(create()) });
    await accepted(await signed(activity), "statuses");
  });
});
