import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ZWorkerReport, type WorkerCommand, type WorkerReport } from './protocol';

/**
 * The load generator as separate processes (the issue asks for it, and one Node process can
 * only use one core): `count` forked workers, each owning a slice of the stations. Every
 * command goes to all workers and resolves with one report from each.
 */
export function startWorkerPool(count: number) {
  const script = path.resolve(import.meta.dirname, 'worker.ts');
  const workers: ChildProcess[] = Array.from({ length: count }, () =>
    fork(script, [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );

  function nextReport(worker: ChildProcess): Promise<WorkerReport> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`load worker exited (${code})`));
      worker.once('exit', onExit);
      worker.once('message', (message: unknown) => {
        worker.off('exit', onExit);
        const report = ZWorkerReport.parse(message);
        if (report.type === 'failed') reject(new Error(`load worker: ${report.message}`));
        else resolve(report);
      });
    });
  }

  return {
    count,
    /** Sends `commandFor(index)` to each worker and waits for all their reports. */
    async ask<T extends WorkerReport['type']>(
      expected: T,
      commandFor: (index: number) => WorkerCommand,
    ): Promise<Extract<WorkerReport, { type: T }>[]> {
      const reports = await Promise.all(
        workers.map((worker, index) => {
          const report = nextReport(worker);
          worker.send(commandFor(index));
          return report;
        }),
      );
      return reports.map((report) => {
        if (report.type !== expected) throw new Error(`expected ${expected}, got ${report.type}`);
        return report as Extract<WorkerReport, { type: T }>;
      });
    },
    async close(): Promise<void> {
      await Promise.all(
        workers.map(async (worker) => {
          if (worker.exitCode !== null || !worker.connected) return;
          const exited = new Promise((resolve) => worker.once('exit', resolve));
          worker.send({ type: 'close' } satisfies WorkerCommand);
          await exited;
        }),
      );
    },
  };
}

export type WorkerPool = ReturnType<typeof startWorkerPool>;

/** Station i goes to worker i mod count. */
export function sliceFor<T>(items: T[], index: number, count: number): T[] {
  return items.filter((_, i) => i % count === index);
}
