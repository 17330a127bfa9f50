import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO_STATIONS } from '@/db/seed/demo-data';
import { DEMO_USERS } from '@/db/seed/demo-users';
import { freePort } from '@/test/free-port';

const operator = DEMO_USERS.find((user) => user.role === 'operator')!;

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function waitForOutput(child: ChildProcess, text: string, output: string[], timeoutMs: number) {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no "${text}" within ${timeoutMs} ms:\n${output.join('')}`)),
      timeoutMs,
    );
    const check = () => {
      if (output.join('').includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) =>
      reject(new Error(`npm start exited (${code}):\n${output.join('')}`)),
    );
  });
}

test('npm start without DATABASE_URL brings up the live demo network and stops cleanly', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const dataRoot = mkdtempSync(path.join(tmpdir(), 'chargedeck-start-'));
  chmodSync(dataRoot, 0o755); // the embedded PostgreSQL runs as the `postgres` user under root
  const [webPort, ocppPort, pgPort] = [await freePort(), await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(webPort),
    OCPP_PORT: String(ocppPort),
    EMBEDDED_PG_PORT: String(pgPort),
    EMBEDDED_PG_DATA: path.join(dataRoot, 'pg'),
  };
  delete env.DATABASE_URL;
  const output: string[] = [];
  const start = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { env });
  start.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  start.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));

  try {
    await waitForOutput(start, 'Chargedeck is running.', output, 180_000);
    expect(output.join('')).toContain(operator.email); // demo logins are printed
    const postmasterPid = Number(
      readFileSync(path.join(dataRoot, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
    );

    await page.goto(`http://localhost:${webPort}/login?callbackUrl=/admin/stations`);
    await page.getByLabel(/email/i).fill(operator.email);
    await page.getByLabel(/password/i).fill(operator.password);
    await page.getByRole('button', { name: /sign in/i }).click();
    await expect(page).toHaveURL(/\/admin\/stations/);
    for (const station of DEMO_STATIONS) {
      await expect(page.getByTestId(`connection-${station.identity}`)).toHaveText(/online/i, {
        timeout: 60_000,
      });
    }

    const exited = new Promise<number | null>((resolve) => start.once('exit', resolve));
    start.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(isAlive(postmasterPid)).toBe(false);
    expect(existsSync(path.join(dataRoot, 'pg', 'postmaster.pid'))).toBe(false);
  } finally {
    if (start.exitCode === null) start.kill('SIGKILL');
    rmSync(dataRoot, { recursive: true, force: true });
  }
});
