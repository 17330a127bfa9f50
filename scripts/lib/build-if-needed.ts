import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { bin } from './children';

const SOURCES = [
  'app',
  'components',
  'lib',
  'db',
  'public',
  'next.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];
const SKIP = new Set(['node_modules', '.next', '.data', 'migrations']);

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(entry)) {
    if (SKIP.has(child)) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/** True when there is no production build or a source file changed after it was made. */
export function buildIsStale(): boolean {
  const marker = path.resolve('.next/BUILD_ID');
  if (!existsSync(marker)) return true;
  const builtAt = statSync(marker).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.resolve(source)) > builtAt);
}

export async function buildIfNeeded(env: NodeJS.ProcessEnv, log: (line: string) => void) {
  if (!buildIsStale()) return;
  log('building the web app (next build)…');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(bin('next'), ['build'], { env, stdio: 'inherit' });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`next build failed with exit code ${code}`)),
    );
  });
}
