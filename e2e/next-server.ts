import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface NextServer {
  url: string;
  stop: () => Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '..');

export function assertNextBuild(): void {
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    throw new Error(
      'No Next.js production build found (.next/BUILD_ID). Run `npx next build` before the e2e tests.',
    );
  }
}

/** `next start` on the existing production build, in its own process group so stop() ends all of it. */
export async function startNextServer(options: {
  port: number;
  env: Record<string, string>;
}): Promise<NextServer> {
  assertNextBuild();
  const url = `http://127.0.0.1:${options.port}`;
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/next/dist/bin/next'),
      'start',
      '-H',
      '127.0.0.1',
      '-p',
      String(options.port),
    ],
    {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (process.env.E2E_VERBOSE) process.stderr.write(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  try {
    await waitForHealth(`${url}/api/v1/health`, child);
  } catch (error) {
    await stopProcessGroup(child);
    throw new Error(`${(error as Error).message}\n--- next start output ---\n${output.join('')}`);
  }
  return { url, stop: () => stopProcessGroup(child) };
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer ${url} within ${timeoutMs} ms`);
}

async function stopProcessGroup(child: ChildProcess) {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
}
