/**
 * One command for the whole product: database (embedded when DATABASE_URL is unset), migrations,
 * demo data on an empty database, web, ocpp-server and the simulated demo fleet.
 * `--dev` runs Next in dev mode and the ocpp-server with reload on change.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createDatabaseIfMissing, databaseName, withDatabase } from '@/db/admin';
import { createDb } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { DEMO_USERS } from '@/db/seed/demo-users';
import { seedDemoData } from '@/db/seed/seed-demo-data';
import { buildIfNeeded } from './lib/build-if-needed';
import { bin, createSupervisor, typescriptEntry } from './lib/children';
import { preparePostgres } from './lib/database';
import { startConfig } from './lib/start-config';
import { waitForPort } from './lib/wait-for';

const log = (line: string) => console.log(`[start] ${line}`);
const { values: flags } = parseArgs({ options: { dev: { type: 'boolean', default: false } } });
const config = startConfig();

/** Kept across restarts so signed-in users stay signed in. */
function nextAuthSecret(): string {
  if (config.NEXTAUTH_SECRET) return config.NEXTAUTH_SECRET;
  const file = '.data/nextauth-secret';
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync('.data', { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

const postgres = await preparePostgres({
  databaseUrl: config.DATABASE_URL,
  embeddedPort: config.EMBEDDED_PG_PORT,
  embeddedDataDir: config.EMBEDDED_PG_DATA,
  log,
});
let shuttingDown = false;
const supervisor = createSupervisor((name, code) => {
  log(`${name} exited unexpectedly (code ${code}); stopping everything`);
  void shutdown(1);
});

async function shutdown(exitCode: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  log('stopping…');
  await supervisor.stopAll();
  await postgres.stop();
  log('stopped');
  process.exit(exitCode);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  const databaseUrl = config.DATABASE_URL ?? withDatabase(postgres.serverUrl, 'chargedeck');
  await createDatabaseIfMissing(databaseUrl);
  log(`database ${databaseName(databaseUrl)}: applying migrations`);
  await runMigrations(databaseUrl);
  const handle = createDb(databaseUrl, { max: 2 });
  const seeded = await seedDemoData(handle.db);
  await handle.close();
  if (seeded) log('empty database: loaded the demo network');

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: nextAuthSecret(),
    NEXTAUTH_URL: `http://localhost:${config.PORT}`,
    PUBLIC_OCPP_URL: `ws://localhost:${config.OCPP_PORT}/ocpp`,
    OCPP_PORT: String(config.OCPP_PORT),
    // Stable across restarts, so a restarted node releases the stations it held at once.
    OCPP_NODE_ID: config.OCPP_NODE_ID ?? `local-${config.OCPP_PORT}`,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  if (!flags.dev) await buildIfNeeded(env, log);

  if (flags.dev) supervisor.start('ocpp', bin('tsx'), ['watch', 'ocpp-server/index.ts'], env);
  else supervisor.start('ocpp', ...typescriptEntry('ocpp-server/index.ts'), env);
  supervisor.start(
    'web',
    bin('next'),
    [flags.dev ? 'dev' : 'start', '-p', String(config.PORT)],
    env,
  );
  await Promise.all([waitForPort(config.OCPP_PORT), waitForPort(config.PORT)]);

  if (config.SIMULATOR === 'demo') {
    const url = `ws://127.0.0.1:${config.OCPP_PORT}/ocpp`;
    supervisor.start(
      'sim',
      ...typescriptEntry('ocpp-server/simulator/cli.ts', ['--demo', '--url', url]),
      env,
    );
  }
  printBanner(seeded);
} catch (error) {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}

function printBanner(seeded: boolean) {
  const lines = [
    '',
    'Chargedeck is running.',
    `  Driver dashboard   http://localhost:${config.PORT}/`,
    `  Operator console   http://localhost:${config.PORT}/admin`,
    `  OCPP 1.6J endpoint ws://localhost:${config.OCPP_PORT}/ocpp/{identity}`,
    `  Database           ${postgres.embedded ? `embedded PostgreSQL (${config.EMBEDDED_PG_DATA})` : 'DATABASE_URL'}`,
    '',
    seeded ? 'Demo logins:' : 'Demo logins (if this database was seeded by Chargedeck):',
    ...DEMO_USERS.map((u) => `  ${u.role.padEnd(8)} ${u.email.padEnd(28)} ${u.password}`),
    '',
    'Press Ctrl-C to stop.',
  ];
  console.log(lines.join('\n'));
}
