/**
 * The full suite: unit + integration tests (vitest) and browser tests (Playwright in Debian's
 * Chromium), each on its own throwaway database on the server named by DATABASE_URL, or on an
 * embedded PostgreSQL when it is unset. Ends with one "N passed, N failed" line.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseEnv, postgresUrl } from '@/lib/config/parse-env';
import { buildIfNeeded } from './lib/build-if-needed';
import { bin } from './lib/children';
import { preparePostgres } from './lib/database';

const config = parseEnv(z.object({ DATABASE_URL: postgresUrl.optional() }));
const log = (line: string) => console.log(`[test] ${line}`);
const resultsDir = path.resolve('.data/test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function readCounts(file: string, pick: (json: unknown) => { passed: number; failed: number }) {
  if (!existsSync(file)) return { passed: 0, failed: 1 }; // the runner died before reporting
  return pick(JSON.parse(readFileSync(file, 'utf8')));
}

const server = await preparePostgres({
  databaseUrl: config.DATABASE_URL,
  embeddedPort: 54330,
  embeddedDataDir: '.data/test-pg',
  log,
});
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: server.serverUrl,
  NEXT_TELEMETRY_DISABLED: '1',
};
delete env.TEST_DATABASE_URL;

let exitCode = 0;
try {
  log('static checks (tsc --noEmit, eslint)');
  const staticFailures =
    Number((await run(bin('tsc'), ['--noEmit'], env)) !== 0) +
    Number((await run(bin('eslint'), ['.'], env)) !== 0);

  await buildIfNeeded({ ...env, NEXTAUTH_SECRET: 'build-time-secret-not-used-at-runtime' }, log);

  log('unit and integration tests (vitest)');
  const vitestJson = path.join(resultsDir, 'vitest.json');
  const vitestCode = await run(
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
    env,
  );

  log('browser tests (Playwright, Chromium)');
  const playwrightJson = path.join(resultsDir, 'playwright.json');
  const playwrightCode = await run(bin('playwright'), ['test', '--reporter=list,json'], {
    ...env,
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  });

  const unit = readCounts(vitestJson, (json) => {
    const r = z.object({ numPassedTests: z.number(), numFailedTests: z.number() }).parse(json);
    return { passed: r.numPassedTests, failed: r.numFailedTests };
  });
  const e2e = readCounts(playwrightJson, (json) => {
    const { stats } = z
      .object({
        stats: z.object({ expected: z.number(), unexpected: z.number(), flaky: z.number() }),
      })
      .parse(json);
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
  });
  const failed = unit.failed + e2e.failed + staticFailures;
  if (failed > 0 || vitestCode !== 0 || playwrightCode !== 0) exitCode = 1;
  log(
    `static checks ${staticFailures === 0 ? 'clean' : `${staticFailures} failed`}; ` +
      `vitest ${unit.passed} passed, ${unit.failed} failed; playwright ${e2e.passed} passed, ${e2e.failed} failed`,
  );
  console.log(`tests: ${unit.passed + e2e.passed} passed, ${Math.max(failed, exitCode)} failed`);
} finally {
  await server.stop();
}
process.exit(exitCode);
