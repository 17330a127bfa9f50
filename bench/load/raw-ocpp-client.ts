import WebSocket from 'ws';

/**
 * The load generator's charge point: OCPP-J framed by hand on a bare `ws` socket. ocpp-rpc's
 * RPCClient also validates every frame against the JSON schemas and keeps per-call queues and
 * timers, all CPU the generator would take from the server it measures on a shared machine.
 * The server still validates strictly, so a malformed frame from here would show as an error.
 */
export interface RawOcppClient {
  call: (action: string, payload: object) => Promise<unknown>;
  close: () => void;
}

interface PendingCall {
  resolve: (payload: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export function connectRawOcppClient(options: {
  url: string;
  identity: string;
  password: string;
  callTimeoutMs: number;
}): Promise<RawOcppClient> {
  const authorization = `Basic ${Buffer.from(`${options.identity}:${options.password}`).toString('base64')}`;
  const socket = new WebSocket(
    `${options.url}/${encodeURIComponent(options.identity)}`,
    ['ocpp1.6'],
    {
      headers: { authorization },
      perMessageDeflate: false,
    },
  );
  const pending = new Map<string, PendingCall>();
  let nextId = 0;

  socket.on('message', (data: Buffer) => {
    const frame = JSON.parse(data.toString('utf8')) as unknown[];
    const [type, id] = frame as [number, string];
    if (type === 2) {
      // The CSMS calling us (none in the benchmark): refuse politely, as a charger would.
      socket.send(JSON.stringify([4, id, 'NotImplemented', '', {}]));
      return;
    }
    const call = pending.get(id);
    if (!call) return;
    pending.delete(id);
    clearTimeout(call.timer);
    if (type === 3) call.resolve(frame[2]);
    else call.reject(new Error(`${String(frame[2])}: ${String(frame[3])}`));
  });
  socket.on('close', () => {
    for (const call of pending.values()) {
      clearTimeout(call.timer);
      call.reject(new Error('socket closed'));
    }
    pending.clear();
  });

  const client: RawOcppClient = {
    call(action, payload) {
      const id = String((nextId += 1));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`${action} timed out`));
        }, options.callTimeoutMs);
        pending.set(id, { resolve, reject, timer });
        socket.send(JSON.stringify([2, id, action, payload]));
      });
    },
    close: () => socket.terminate(),
  };

  return new Promise((resolve, reject) => {
    socket.once('open', () => {
      socket.off('error', reject);
      socket.on('error', () => {});
      resolve(client);
    });
    socket.once('unexpected-response', (_request, response) => {
      socket.terminate();
      reject(new Error(`upgrade refused with HTTP ${response.statusCode ?? 0}`));
    });
    socket.once('error', reject);
  });
}
