import type RpcServerClient from 'ocpp-rpc/lib/server-client';

/** The sockets this node holds, by station identity: one live socket per station. */
export function createConnectionRegistry() {
  const byIdentity = new Map<string, RpcServerClient>();
  return {
    /** Returns the socket this one replaces, which the caller closes. */
    add(identity: string, client: RpcServerClient): RpcServerClient | undefined {
      const previous = byIdentity.get(identity);
      byIdentity.set(identity, client);
      return previous === client ? undefined : previous;
    },
    /** Removes the socket only if it is still the current one for its identity. */
    remove(identity: string, client: RpcServerClient): void {
      if (byIdentity.get(identity) === client) byIdentity.delete(identity);
    },
    get(identity: string): RpcServerClient | undefined {
      return byIdentity.get(identity);
    },
    all(): RpcServerClient[] {
      return [...byIdentity.values()];
    },
  };
}

export type ConnectionRegistry = ReturnType<typeof createConnectionRegistry>;
