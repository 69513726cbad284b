// Where things live on this server. Pure functions of the public origin.

export function accountUrls(origin: string, username: string) {
  const uri = `${origin}/users/${username}`;
  return {
    uri,
    url: `${origin}/@${username}`,
    inboxUrl: `${uri}/inbox`,
    sharedInboxUrl: `${origin}/inbox`,
    outboxUrl: `${uri}/outbox`,
    followersUrl: `${uri}/followers`,
  };
}

export function statusUrls(origin: string, username: string, id: bigint) {
  return {
    uri: `${origin}/users/${username}/statuses/${id}`,
    url: `${origin}/@${username}/${id}`,
  };
}

export function reblogUri(origin: string, username: string, id: bigint): string {
  return `${origin}/users/${username}/statuses/${id}/activity`;
}

export function tagUrl(origin: string, tag: string): string {
  return `${origin}/tags/${encodeURIComponent(tag)}`;
}
