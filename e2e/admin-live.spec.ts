import { aSite, aStation, aUser } from '@/test/builders';
import { expect, signIn, test } from './fixtures';

test('the console shows a charger come online and start charging, live', async ({
  page,
  db,
  connectChargePoint,
}) => {
  const operator = await aUser(db, { role: 'operator', name: 'Olga Operator' });
  const site = await aSite(db, { city: 'Hamburg' });
  const station = await aStation(db, { siteId: site.id });

  // The station table, narrowed to this station so it is on the first page.
  await page.goto(`/admin/stations?q=${station.identity}`);
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fstations/);
  await signIn(page, operator.email, operator.password);
  await expect(page).toHaveURL(/\/admin\/stations\?q=/);

  const card = page.getByTestId(`station-${station.identity}`);
  const connection = page.getByTestId(`connection-${station.identity}`);
  const connector1 = page.getByTestId(`connector-${station.identity}-1`);
  await expect(card).toContainText(site.name);
  await expect(connection).toHaveText('Offline');

  // From here on the page must update itself: count navigations and full reloads.
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations += 1;
  });
  await page.evaluate(() => {
    (window as unknown as { __noReload: boolean }).__noReload = true;
  });

  const charger = await connectChargePoint(station);
  await charger.call('BootNotification', { chargePointVendor: 'E2E', chargePointModel: 'Live 1' });
  await charger.call('StatusNotification', {
    connectorId: 1,
    errorCode: 'NoError',
    status: 'Available',
    timestamp: new Date().toISOString(),
  });
  await expect(connection).toHaveText('Online');
  await expect(connector1).toHaveText('Available');

  await charger.call('StatusNotification', {
    connectorId: 1,
    errorCode: 'NoError',
    status: 'Charging',
    timestamp: new Date().toISOString(),
  });
  await expect(connector1).toHaveText('Charging');

  expect(navigations).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload),
  ).toBe(true);
});
