import { eq } from 'drizzle-orm';
import { stations } from '@/db/schema';
import { aSite, aTariff, aUser, unique } from '@/test/builders';
import { expect, signIn, test } from './fixtures';

test('an operator registers and approves a charger, issues and pushes a tag, broadcasts an alert and reads the analytics of a session just run', async ({
  page,
  db,
  simulateCharger,
}) => {
  test.setTimeout(120_000);
  const operator = await aUser(db, { role: 'operator' });
  const site = await aSite(db, { name: unique('Depot'), tariffId: (await aTariff(db)).id });
  const driver = await aUser(db, { name: unique('Driver') });
  const identity = unique('E2E-CONSOLE');

  // Register: the password and the exact URL are shown once.
  await page.goto('/admin/stations/new');
  await signIn(page, operator.email, operator.password);
  await page.waitForURL((url) => url.pathname === '/admin/stations/new');
  const form = page.getByRole('form', { name: 'Register a station' });
  await form.getByLabel('Identity').fill(identity);
  await form.getByLabel('Name').fill('Depot charger');
  await form.getByLabel('Site').selectOption({ label: site.name });
  await form.getByRole('button', { name: 'Register station' }).click();
  const ocppUrl = (await page.getByTestId('new-station-url').innerText()).trim();
  const password = (await page.getByTestId('new-station-password').innerText()).trim();
  expect(ocppUrl).toBe(`${process.env.E2E_OCPP_URL}/${identity}`);

  // The charger is configured with exactly that, boots, and waits for approval.
  const charger = await simulateCharger({ identity, password }, { meterIntervalMs: 1_000 });
  const [station] = await db.select().from(stations).where(eq(stations.identity, identity));
  await page.goto(`/admin/stations/${station!.id}`);
  await expect(page.getByTestId('registration-status')).toHaveText('Pending');
  await page
    .getByRole('form', { name: 'Approve station' })
    .getByRole('button', { name: 'Approve' })
    .click();
  await expect(page.getByTestId('registration-status')).toHaveText('Accepted');
  await expect(page.getByTestId(`connection-${identity}`)).toHaveText('Online');

  // A tag for the driver, pushed to the charger's local list.
  const token = unique('TAG').slice(0, 20);
  await page.goto(`/admin/drivers/${driver.id}`);
  const issue = page.getByRole('form', { name: 'Issue tag' });
  await issue.getByLabel('Token (id tag)').fill(token);
  await issue.getByRole('button', { name: 'Issue tag' }).click();
  await expect(page.getByRole('main')).toContainText(token);
  await page.goto('/admin/drivers/local-list');
  const push = page.getByRole('form', { name: 'Send local list' });
  await push.getByLabel('Send to').selectOption({ label: identity });
  await push.getByLabel('Full').check();
  await push.getByRole('button', { name: 'Send local list' }).click();
  await expect(page.getByRole('table', { name: 'Local list results' })).toContainText('Accepted');

  // An alert for drivers, in effect at once.
  const title = unique('Planned works');
  await page.goto('/admin/alerts');
  const alert = page.getByRole('form', { name: 'New alert' });
  await alert.getByLabel('Title').fill(title);
  await alert.getByLabel('Message').fill('The depot closes early on Friday.');
  await alert.getByRole('button', { name: 'Create alert' }).click();
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('In effect');

  // The driver charges with the new tag; analytics for the site show that session.
  await charger.startTransaction(1, token);
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  await charger.stopTransaction(1);
  await page.goto(`/admin/analytics?siteId=${site.id}`);
  await expect(page.getByTestId('kpi-sessions')).toHaveText('1');
  await expect(page.getByTestId('energy-per-site-table')).toContainText(site.name);
});
