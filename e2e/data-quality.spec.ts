import { aStation, aUser } from '@/test/builders';
import { expect, signIn, test } from './fixtures';

test('a stop for an unknown transaction shows up on the data-quality page', async ({
  page,
  db,
  connectChargePoint,
}) => {
  const operator = await aUser(db, { role: 'operator' });
  const station = await aStation(db);
  const charger = await connectChargePoint(station);
  await charger.call('BootNotification', { chargePointVendor: 'E2E', chargePointModel: 'DQ' });
  await charger.call('StopTransaction', {
    transactionId: 777_001,
    meterStop: 1_000,
    timestamp: new Date().toISOString(),
  });

  await page.goto('/admin');
  await signIn(page, operator.email, operator.password);
  await page.getByRole('link', { name: 'Data quality' }).click();
  await expect(page).toHaveURL(/\/admin\/data-quality$/);

  await page.getByLabel('Station').selectOption({ label: `${station.name} (${station.identity})` });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(new RegExp(`station=${station.id}`));
  const anomaly = page.getByTestId('anomaly').filter({ hasText: station.name });
  await expect(anomaly).toHaveAttribute('data-kind', 'unknown_transaction');
  await expect(anomaly).toContainText('777001');

  await anomaly.getByRole('link', { name: station.name }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/stations/${station.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(station.name);
});
