import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { sessions, users } from '@/db/schema';
import { createApiKey } from '@/lib/api-keys/create-api-key';
import { aSite, aStation, aTariff, aUser, anIdTag, unique } from '@/test/builders';
import { expect, signIn, test } from './fixtures';

const PHONE = { width: 390, height: 844 };
const SCREENS = path.join('test-results', 'phone');

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
}

/** The number shown under a metric's label on the session page (e.g. "Energy" → 1.234). */
async function metric(page: Page, label: string): Promise<number> {
  const value = await page
    .locator('dt', { hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::dd[1]')
    .first()
    .innerText();
  return Number(value.replace(/[^0-9.]/g, ''));
}

test('a driver signs up, finds a fast charger, charges live, stops, and gets a receipt', async ({
  browser,
  db,
  request,
  simulateCharger,
}) => {
  test.setTimeout(120_000);
  // A network of its own: one fast CCS charger and one slow Type 2 in a city of their own.
  const city = unique('Testville');
  const site = await aSite(db, { city, tariffId: (await aTariff(db, { sessionFee: 25 })).id });
  const fast = await aStation(db, {
    name: unique('Fast Hub'),
    siteId: site.id,
    connectors: [{ connectorId: 1, type: 'CCS2', maxPowerW: 150_000 }],
  });
  const slow = await aStation(db, {
    name: unique('Slow Corner'),
    siteId: site.id,
    connectors: [{ connectorId: 1, type: 'Type2', maxPowerW: 22_000 }],
  });
  const charger = await simulateCharger(fast, {
    connectors: [{ connectorId: 1, type: 'CCS2', maxPowerW: 150_000 }],
    plugInDelayMs: 200,
    meterIntervalMs: 1_000,
  });
  await simulateCharger(slow);

  // An operator broadcasts an alert; drivers see it while it is in effect.
  const operator = await aUser(db, { role: 'operator' });
  const key = await createApiKey(db, operator.id, { name: 'alerts', scope: 'write' });
  const alert = await request.post('/api/v1/alerts', {
    headers: { authorization: `Bearer ${key.secret}` },
    data: { title: 'Maintenance tonight', message: 'Fast Hub closes at 23:00.', severity: 'WARN' },
  });
  expect(alert.status()).toBe(201);
  const alertId = ((await alert.json()) as { id: string }).id;

  const first = await browser.newContext({ viewport: PHONE });
  const page = await first.newPage();
  try {
    const email = `${unique('driver')}@example.test`;
    await page.goto('/signup');
    await screenshot(page, 'signup');
    await page.getByLabel('Name').fill('Dana Driver');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel(/^Password/).fill('a long enough password');
    await page.getByLabel('Confirm password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect(page.getByTestId('alert-banner')).toContainText('Maintenance tonight');

    // Find: CCS, 50 kW or more, in this city.
    const filters = page.getByRole('region', { name: 'Filters' });
    await filters.getByLabel('City').selectOption(city);
    await filters.getByLabel('Connector').selectOption('CCS2');
    await filters.getByLabel('Minimum power').selectOption('50');
    await filters.getByRole('button', { name: 'Show chargers' }).click();
    const list = page.getByTestId('charger-list');
    await expect(list).toContainText(fast.name);
    await expect(list).not.toContainText(slow.name);
    await expect(page.getByTestId('charger-map')).toBeVisible();
    await screenshot(page, 'find');

    await list.getByRole('link', { name: fast.name }).click();
    await page.waitForURL((url) => url.pathname === `/chargers/${fast.id}`);
    const favorite = page.getByTestId('favorite-toggle');
    await favorite.click();
    await expect(favorite).toHaveAttribute('aria-pressed', 'true');
    await screenshot(page, 'charger');

    // Charge: the request goes PENDING → APPROVED → CHARGING, numbers rising live.
    await page.getByTestId('charge-here-1').click();
    await page.waitForURL((url) => url.pathname === '/session');
    await expect(page.getByText('Charging', { exact: true }).first()).toBeVisible({
      timeout: 15_000,
    });
    const energyBefore = await metric(page, 'Energy');
    await expect
      .poll(() => metric(page, 'Energy'), { timeout: 15_000 })
      .toBeGreaterThan(energyBefore);
    await expect.poll(() => metric(page, 'Cost so far')).toBeGreaterThan(0);
    await screenshot(page, 'session');

    // A second driver asks for the same connector and is queued behind.
    const second = await aUser(db);
    await anIdTag(db, { userId: second.id });
    const secondContext = await browser.newContext({ viewport: PHONE });
    const secondPage = await secondContext.newPage();
    await secondPage.goto(`/chargers/${fast.id}`);
    await signIn(secondPage, second.email, second.password);
    await secondPage.getByTestId('charge-here-1').click();
    await secondPage.waitForURL((url) => url.pathname === '/session');
    await expect(secondPage.getByText(/number 1/)).toBeVisible();

    // The first driver stops; the car is unplugged; the queue moves on its own.
    await page.getByRole('button', { name: 'Stop charging' }).click();
    await page.getByRole('button', { name: 'Yes, stop' }).click();
    await expect(page.getByText('Stopped', { exact: true }).first()).toBeVisible();
    await charger.unplug(1);
    await expect(secondPage.getByText('Charging', { exact: true }).first()).toBeVisible({
      timeout: 20_000,
    });

    // History: this month, with totals; the receipt is a real PDF with the total in it.
    const [driver] = await db.select().from(users).where(eq(users.email, email));
    const [mine] = await db.select().from(sessions).where(eq(sessions.userId, driver!.id));
    await page.goto('/history');
    const thisMonth = new Date().toLocaleString('en-GB', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const month = page.getByRole('region', { name: thisMonth });
    await expect(month).toContainText('Sessions');
    await expect(month).toContainText('Cost');
    await expect(page.getByRole('main')).toContainText(fast.name);
    await screenshot(page, 'history');
    await page.goto(`/history/${mine!.id}`);
    await screenshot(page, 'history-detail');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download receipt (PDF)' }).click();
    const pdf = readFileSync(await (await download).path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
      mergePages: true,
    });
    const [final] = await db.select().from(sessions).where(eq(sessions.id, mine!.id));
    expect(text).toContain((final!.costMinor! / 100).toFixed(2));
    expect(text).toContain(mine!.id);

    // Neither the page nor the API shows one driver's session to another.
    await secondPage.goto(`/history/${mine!.id}`);
    await expect(secondPage.getByRole('heading', { name: 'Session not found' })).toBeVisible();
    await expect(secondPage.getByRole('main')).not.toContainText(fast.name);
    const stop = await secondContext.request.post(`/api/v1/sessions/${mine!.id}/stop`);
    expect(stop.status()).toBe(404);

    for (const [name, url] of [
      ['favorites', '/favorites'],
      ['vehicles', '/vehicles'],
      ['notifications', '/notifications'],
      ['profile', '/profile'],
    ] as const) {
      await page.goto(url);
      await screenshot(page, name);
    }
    await expect(page.getByRole('main')).toBeVisible();
    await secondContext.close();
  } finally {
    await first.close();
    await request.delete(`/api/v1/alerts/${alertId}`, {
      headers: { authorization: `Bearer ${key.secret}` },
    });
  }
});
