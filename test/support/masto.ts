// Mastodon API clients for test people: an app registered over REST, a password-grant token,
// and the real masto.js client on top.
import { createRestAPIClient, type mastodon } from "masto";
import type { TestApp } from "./app.js";
import { signUp, type Person } from "./world.js";

export async function passwordToken(url: string, person: Person, scopes = "read write follow"): Promise<string> {
  const registered = await createRestAPIClient({ url }).v1.apps.create({ clientName: "tests", redirectUris: "urn:ietf:wg:oauth:2.0:oob", scopes });
  const response = await fetch(`${url}/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      grant_type: "password", client_id: registered.clientId, client_secret: registered.clientSecret,
      username: `${person.name}@example.org`, password: "correct horse battery", scope: scopes,
    }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no token: ${JSON.stringify(body)}`);
  return body.access_token;
}

export async function mastoClient(url: string, person: Person): Promise<mastodon.rest.Client> {
  return createRestAPIClient({ url, accessToken: await passwordToken(url, person) });
}

/** Someone signed up, with a password-grant token and a masto.js client on it. */
export interface MastoPerson extends Person {
  token: string;
  api: mastodon.rest.Client;
}

export async function mastoPerson(t: TestApp, url: string, name: string): Promise<MastoPerson> {
  const person = await signUp(t, name);
  const token = await passwordToken(url, person);
  return { ...person, token, api: createRestAPIClient({ url, accessToken: token }) };
}
