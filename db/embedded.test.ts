import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '@/test/free-port';
import { createDatabaseIfMissing } from './admin';
import { createDb } from './client';
import { startEmbeddedPostgres } from './embedded';
import { runMigrations } from './migrate';
import { DEMO_ID_TAGS, DEMO_STATIONS } from './seed/demo-data';
import { seedDemoData } from './seed/seed-demo-data';

const root = mkdtempSync(path.join(tmpdir(), 'chargedeck-embedded-'));
chmodSync(root, 0o755); // PostgreSQL runs as the `postgres` user when tests run as root
afterAll(() => rmSync(root, { recursive: true, force: true }));

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const postmasterPid = (dataDir: string) =>
  Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

describe('embedded PostgreSQL (the start path without DATABASE_URL)', () => {
  it.runIf(process.getuid?.() === 0)(
    'explains a data folder the postgres user cannot reach',
    async () => {
      const closed = mkdtempSync(path.join(tmpdir(), 'chargedeck-closed-'));
      try {
        await expect(
          startEmbeddedPostgres({ dataDir: path.join(closed, 'pg'), port: await freePort() }),
        ).rejects.toThrow(/cannot enter .*chmod o\+x/);
      } finally {
        rmSync(closed, { recursive: true, force: true });
      }
    },
  );

  it('initialises, migrates, seeds the demo network once, and stops its postmaster', async () => {
    const dataDir = path.join(root, 'fresh');
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    const pid = postmasterPid(dataDir);
    const url = server.urlFor('chargedeck');
    await createDatabaseIfMissing(url);
    await runMigrations(url);
    const handle = createDb(url, { max: 1 });
    expect(await seedDemoData(handle.db)).toBe(true);
    expect(await seedDemoData(handle.db)).toBe(false);
    const [row] = await handle.db.execute<{ count: number }>(
      sql`select count(*)::int as count from stations`,
    );
    expect(row?.count).toBe(DEMO_STATIONS.length);
    // Every tag the simulated fleet presents is known to the CSMS, so demo sessions are accepted.
    const tags = await handle.db.execute<{ id_tag: string }>(
      sql`select id_tag from id_tags where status = 'Accepted'`,
    );
    expect(tags.map((tag) => tag.id_tag)).toEqual(expect.arrayContaining(DEMO_ID_TAGS));
    // Demo sessions are priced: every station resolves to a tariff through its site.
    const unpriced = await handle.db.execute<{ id: string }>(
      sql`select st.id from stations st left join sites si on si.id = st.site_id
          where coalesce(st.tariff_id, si.tariff_id) is null`,
    );
    expect(unpriced).toHaveLength(0);
    await handle.close();
    await server.stop();
    expect(isAlive(pid)).toBe(false);
  }, 60_000);

  it('takes over a data directory whose parent was killed with SIGKILL', async () => {
    const dataDir = path.join(root, 'orphaned');
    const port = await freePort();
    const child = spawn(path.resolve('node_modules/.bin/tsx'), [
      'test/fixtures/boot-embedded.ts',
      dataDir,
      String(port),
    ]);
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      child.on('exit', (code) => reject(new Error(`fixture exited early (${code})`)));
    });
    const orphan = postmasterPid(dataDir);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(isAlive(orphan)).toBe(true); // this is the problem being handled

    const server = await startEmbeddedPostgres({ dataDir, port });
    expect(isAlive(orphan)).toBe(false);
    const url = server.urlFor('postgres');
    const handle = createDb(url, { max: 1 });
    const [row] = await handle.db.execute<{ one: number }>(sql`select 1 as one`);
    expect(row?.one).toBe(1);
    await handle.close();
    await server.stop();
  }, 60_000);
});
