// Live connections by the hash of the token that opened them, so that revoking a token
// (logout, /oauth/revoke) can close them. Shared by GraphQL and Mastodon streaming.
import type { WebSocket } from "ws";

export function tokenSockets() {
  const byToken = new Map<string, Set<WebSocket>>();
  return {
    add(tokenHash: string, socket: WebSocket) {
      const sockets = byToken.get(tokenHash) ?? new Set();
      sockets.add(socket);
      byToken.set(tokenHash, sockets);
      socket.once("close", () => {
        sockets.delete(socket);
        if (sockets.size === 0) byToken.delete(tokenHash);
      });
    },
    /** Closes every connection opened with the token (4401, as graphql-ws uses for auth). */
    revoke(tokenHash: string) {
      for (const socket of byToken.get(tokenHash) ?? []) socket.close(4401, "Token revoked");
    },
  };
}
