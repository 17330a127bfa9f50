import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const bin = (name: string) => path.resolve('node_modules/.bin', name);

/**
 * Runs a TypeScript entry point in this Node with tsx as a loader. Not through the `tsx` CLI:
 * it relays signals to a grandchild and SIGKILLs it if the relay is not acknowledged within
 * 30 ms, which skips graceful shutdown (and leaves a postmaster behind) when the child is busy.
 */
export function typescriptEntry(script: string, args: string[] = []): [string, string[]] {
  return [process.execPath, ['--import', 'tsx', script, ...args]];
}

export interface Supervisor {
  start: (name: string, command: string, args: string[], env: NodeJS.ProcessEnv) => ChildProcess;
  stopAll: () => Promise<void>;
}

/**
 * Starts child processes with prefixed output. If one dies on its own, `onUnexpectedExit` is
 * called so the caller can shut the rest down rather than run half a product.
 */
export function createSupervisor(onUnexpectedExit: (name: string, code: number | null) => void) {
  const children = new Map<string, ChildProcess>();
  let stopping = false;

  function pipe(name: string, stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream) {
    let buffered = '';
    stream?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) out.write(`[${name}] ${line}\n`);
    });
  }

  const supervisor: Supervisor = {
    start(name, command, args, env) {
      const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
      children.set(name, child);
      pipe(name, child.stdout, process.stdout);
      pipe(name, child.stderr, process.stderr);
      child.on('exit', (code) => {
        children.delete(name);
        if (!stopping) onUnexpectedExit(name, code);
      });
      return child;
    },
    async stopAll() {
      stopping = true;
      const exits = [...children.values()].map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      );
      await Promise.all(exits);
    },
  };
  return supervisor;
}
