import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { useTestDb } from '@/test/db';
import { aStation } from '@/test/builders';
import { basicAuth, useOcppServer } from '@/test/ocpp-builders';

const MAX_BAD = 10;
const MAX_PAYLOAD = 4096;
const { db } = useTestDb();
const ocpp = useOcppServer({ maxBadMessages: MAX_BAD, maxPayloadBytes: MAX_PAYLOAD });

// A real collection before each heap reading (vitest runs without --expose-gc).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
function heapAfterGc(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

// Frames that are not OCPP-J at all (a schema-invalid CALL is answered, not counted as bad).
const GARBAGE = [
  'not json at all {',
  '[',
  '[2]',
  '[9, "x", "Nope", {}]',
  '{"an": "object"}',
  '"just a string"',
  '\u0000\u0001\u0002',
];

/** One connection that sends garbage until the server closes it; resolves with the close code. */
function abuse(url: string, authorization: string, round: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, ['ocpp1.6'], { headers: { authorization } });
    socket.once('error', () => {});
    socket.once('close', (code) => resolve(code));
    // A socket the server never closes shows up as code 0 instead of hanging the test.
    setTimeout(() => {
      resolve(0);
      socket.terminate();
    }, 10_000).unref();
    socket.once('unexpected-response', () => reject(new Error('upgrade refused')));
    socket.once('open', () => {
      if (round % 10 === 0) return socket.send('x'.repeat(MAX_PAYLOAD * 4));
      for (let i = 0; i <= MAX_BAD + 1; i += 1) socket.send(GARBAGE[(round + i) % GARBAGE.length]!);
    });
  });
}

describe('a stream of garbage frames', () => {
  it('closes each abusive socket, keeps serving good chargers, and keeps memory flat', async () => {
    const abusers = await Promise.all(Array.from({ length: 10 }, () => aStation(db)));
    const wave = async (from: number, count: number) =>
      Promise.all(
        Array.from({ length: count }, (_, i) => {
          const station = abusers[(from + i) % abusers.length]!;
          return abuse(
            `${ocpp.server.endpoint}/${station.identity}`,
            basicAuth(station.identity, station.password),
            from + i,
          );
        }),
      );

    await wave(0, 50);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const baseline = heapAfterGc();

    const codes: number[] = [];
    for (let round = 0; round < 8; round += 1) codes.push(...(await wave(round * 50, 50)));
    // Let the message log write what it collected, then measure.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const grown = heapAfterGc() - baseline;

    expect(codes).toHaveLength(400);
    // 1002: too many bad messages; 1009: a frame above maxPayload; 1000: replaced by a newer
    // connection of the same station. Never 0: every abusive socket was closed by the server.
    expect(codes.filter((code) => ![1000, 1002, 1009].includes(code))).toEqual([]);
    expect(codes).toContain(1002);
    expect(codes).toContain(1009);
    const good = await ocpp.connect(await aStation(db));
    expect(await good.call('Heartbeat', {})).toHaveProperty('currentTime');
    // 400 sockets and over 4,000 frames; a socket kept alive costs tens of kB, so a leak
    // of them would pass this bound (the growth measured here is about 3 MB).
    expect(grown).toBeLessThan(8 * 1024 * 1024);
  }, 60_000);
});
