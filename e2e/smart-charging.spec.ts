import { aSite, aStation, anIdTag, aUser } from '@/test/builders';
import { expect, signIn, test } from './fixtures';

const ONE_CONNECTOR = [{ connectorId: 1, type: 'Type2' as const, maxPowerW: 22_000 }];
const CAR = {
  batteryCapacityWh: 60_000,
  socPercent: 20,
  maxAcPowerW: 22_000,
  maxDcPowerW: 100_000,
  reportsSoc: true,
};

test('peak shaving applied from the console brings the simulated charger down to the cap', async ({
  page,
  db,
  simulateCharger,
}) => {
  const operator = await aUser(db, { role: 'operator' });
  const driver = await aUser(db);
  const tag = await anIdTag(db, { userId: driver.id });
  const station = await aStation(db, { connectors: ONE_CONNECTOR });
  const charger = await simulateCharger(station, { meterIntervalMs: 1_000 });
  charger.plugIn(1, CAR);
  await charger.startTransaction(1, tag.idTag);
  await expect.poll(() => charger.connector(1)?.powerW).toBe(22_000);

  await page.goto(`/admin/stations/${station.id}`);
  await signIn(page, operator.email, operator.password);
  await expect(page.getByTestId('session-on-1')).toContainText('at 22 kW');

  const peakShaving = page.getByRole('form', { name: 'Peak shaving' });
  await peakShaving.getByLabel('Connector').selectOption('1');
  await peakShaving.getByLabel('Max power (kW)').fill('7');
  await peakShaving.getByRole('button', { name: 'Apply peak shaving' }).click();
  await expect(peakShaving.getByTestId('smart-charging-result')).toContainText('Accepted');

  // The charger enforces the profile: its own power follows, and the console sees it.
  await expect.poll(() => charger.connector(1)?.powerW).toBe(7_000);
  await expect(page.getByTestId('session-on-1')).toContainText('at 7 kW');

  // The schedule Chargedeck computes and the one the charger reports agree.
  const composite = page.getByTestId('composite-panel');
  await composite.getByLabel('Connector').selectOption('1');
  await expect(composite.getByTestId('composite-local')).toContainText('+0:00 7.0 kW');
  await composite.getByRole('button', { name: 'Ask the charger' }).click();
  await expect(composite.getByTestId('composite-station')).toContainText('+0:00 7.0 kW');

  // The history names who set it and the charger's answer.
  const history = page.getByTestId('profile-history');
  await expect(history).toContainText('TxDefaultProfile');
  await expect(history).toContainText('Accepted');
  await expect(history).toContainText(operator.name);

  // Clearing it lets the car draw its full 22 kW again.
  const clear = page.getByRole('form', { name: 'Clear profiles' });
  await clear.getByRole('button', { name: 'Clear matching profiles' }).click();
  await expect(clear.getByTestId('smart-charging-result')).toContainText('Accepted');
  await expect.poll(() => charger.connector(1)?.powerW).toBe(22_000);
});

test('a raw profile is checked as it is typed and cannot be sent while invalid', async ({
  page,
  db,
  simulateCharger,
}) => {
  const operator = await aUser(db, { role: 'operator' });
  const station = await aStation(db, { connectors: ONE_CONNECTOR });
  await simulateCharger(station);

  await page.goto(`/admin/stations/${station.id}`);
  await signIn(page, operator.email, operator.password);
  await page.getByText('Write a raw profile').click();
  const raw = page.getByRole('form', { name: 'Raw charging profile' });
  await raw.getByLabel('Connector').selectOption('1');
  const text = raw.getByLabel('Profile (JSON)');
  await text.fill(
    JSON.stringify({
      chargingProfileId: 3,
      stackLevel: 1,
      chargingProfilePurpose: 'TxDefaultProfile',
      chargingProfileKind: 'Relative',
      chargingSchedule: {
        chargingRateUnit: 'W',
        chargingSchedulePeriod: [{ startPeriod: 60, limit: 30_000 }],
      },
    }),
  );
  const issues = raw.getByTestId('raw-profile-issues');
  await expect(issues).toContainText('the first period starts at 0');
  await expect(issues).toContainText('above the connector’s 22000 W');
  await expect(raw.getByRole('button', { name: 'Send profile' })).toBeDisabled();

  await text.fill(
    JSON.stringify({
      chargingProfileId: 3,
      stackLevel: 1,
      chargingProfilePurpose: 'TxDefaultProfile',
      chargingProfileKind: 'Relative',
      chargingSchedule: {
        chargingRateUnit: 'W',
        chargingSchedulePeriod: [{ startPeriod: 0, limit: 11_000 }],
      },
    }),
  );
  await expect(issues).toContainText('Valid for this connector');
  await raw.getByRole('button', { name: 'Send profile' }).click();
  await expect(raw.getByTestId('smart-charging-result')).toContainText('Accepted');
  await expect(page.getByTestId('charging-profile')).toContainText('#3');
});

test('a site’s grid limit is shared between its cars, live on the site page, with a what-if', async ({
  page,
  db,
  simulateCharger,
}) => {
  const operator = await aUser(db, { role: 'operator' });
  const site = await aSite(db, { gridLimitW: 20_000, timeZone: 'Europe/Berlin' });
  const chargers = [];
  for (let i = 0; i < 2; i++) {
    const driver = await aUser(db);
    const tag = await anIdTag(db, { userId: driver.id });
    const station = await aStation(db, { siteId: site.id, connectors: ONE_CONNECTOR });
    const charger = await simulateCharger(station, { meterIntervalMs: 1_000 });
    charger.plugIn(1, CAR);
    await charger.startTransaction(1, tag.idTag);
    chargers.push(charger);
  }
  // Load management grants each car half of the 20 kW, and the chargers enforce it.
  for (const charger of chargers) {
    await expect.poll(() => charger.connector(1)?.powerW, { timeout: 15_000 }).toBe(10_000);
  }

  await page.goto(`/admin/sites/${site.id}`);
  await signIn(page, operator.email, operator.password);
  const panel = page.getByRole('region', { name: 'Load management' });
  await expect(panel.getByTestId('site-load-granted')).toHaveText('20.0 kW');
  await expect(panel.getByTestId('site-load-measured')).toHaveText('20.0 kW');
  await expect(panel.getByTestId('site-allocations').locator('tbody tr')).toHaveCount(2);

  // A third car arrives while the page is open: the panel follows it live.
  const third = await aStation(db, { siteId: site.id, connectors: ONE_CONNECTOR });
  const thirdCharger = await simulateCharger(third, { meterIntervalMs: 1_000 });
  thirdCharger.plugIn(1, CAR);
  await thirdCharger.startTransaction(1, (await anIdTag(db, { userId: operator.id })).idTag);
  await expect(panel.getByTestId('site-allocations').locator('tbody tr')).toHaveCount(3);
  // A third of 20 kW each (the simulator rounds its reading to the watt).
  await expect
    .poll(() => Math.round((thirdCharger.connector(1)?.powerW ?? 0) / 100), { timeout: 15_000 })
    .toBe(67);
  await expect(panel.getByTestId('site-load-granted')).toHaveText('20.0 kW');

  const whatIf = panel.getByRole('form', { name: 'What if' });
  await whatIf.getByLabel('Grid limit (kW)').fill('11');
  await whatIf.getByRole('button', { name: 'Show the allocation' }).click();
  await expect(whatIf.getByTestId('what-if-result')).toContainText('11.0 kW of 11.0 kW granted');
  await expect(whatIf.getByTestId('what-if-result').locator('li')).toHaveCount(3);
  await expect(whatIf.getByTestId('what-if-result')).toContainText('3.7 kW (fair share)');
  // A what-if sends nothing: the cars still draw their share of 20 kW.
  const drawn = [...chargers, thirdCharger].map((c) => c.connector(1)?.powerW ?? 0);
  expect(drawn.map((w) => Math.round(w / 100))).toEqual([67, 67, 67]);
  expect(drawn.reduce((sum, w) => sum + w, 0)).toBeLessThanOrEqual(20_000);
});
