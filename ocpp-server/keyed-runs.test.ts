import { describe, expect, it, vi } from 'vitest';
import { createKeyedRuns } from './keyed-runs';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createKeyedRuns', () => {
  it('runs one per key at a time and a burst of triggers as one more run, with the latest arguments', async () => {
    const gate = deferred();
    const calls: string[] = [];
    const runs = createKeyedRuns(
      (args: { key: string; n: number }) => args.key,
      async ({ key, n }) => {
        calls.push(`${key}${n}`);
        if (n === 1) await gate.promise;
      },
      () => undefined,
    );
    runs.trigger({ key: 'a', n: 1 });
    runs.trigger({ key: 'a', n: 2 });
    runs.trigger({ key: 'a', n: 3 });
    runs.trigger({ key: 'b', n: 1 });
    expect(calls).toEqual(['a1', 'b1']);
    gate.resolve();
    await vi.waitFor(() => expect(calls).toEqual(['a1', 'b1', 'a3']));
    await runs.drain();
  });

  it('hands errors to onError and keeps going; from drain on nothing new runs', async () => {
    const errors: unknown[] = [];
    const calls: number[] = [];
    const runs = createKeyedRuns(
      (n: number) => String(n),
      async (n) => {
        calls.push(n);
        if (n === 1) throw new Error('boom');
      },
      (error) => errors.push(error),
    );
    runs.trigger(1);
    runs.trigger(2);
    await runs.drain();
    runs.trigger(3);
    expect(calls).toEqual([1, 2]);
    expect(errors).toEqual([new Error('boom')]);
  });
});
