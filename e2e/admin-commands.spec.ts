import { aStation, aUser } from '@/test/builders';
import { expect, signIn, test } from './fixtures';

const ONE_CONNECTOR = [{ connectorId: 1, type: 'Type2' as const, maxPowerW: 22_000 }];

test('the operator sends commands from the console and sees the charger answer', async ({
  page,
  db,
  simulateCharger,
}) => {
  const operator = await aUser(db, { role: 'operator' });
  const station = await aStation(db, { connectors: ONE_CONNECTOR });
  await simulateCharger(station);

  await page.goto(`/admin/stations/${station.id}`);
  await signIn(page, operator.email, operator.password);
  await expect(page.getByTestId(`connection-${station.identity}`)).toHaveText('Online');

  const unlock = page.getByRole('form', { name: 'UnlockConnector' });
  await unlock.getByLabel('Connector').selectOption('1');
  await unlock.getByRole('button', { name: 'Send' }).click();
  await expect(unlock.getByTestId('command-result')).toContainText('Unlocked');
  const recent = page.getByTestId('recent-commands');
  await expect(recent.locator('tr[data-action="UnlockConnector"]')).toContainText('Unlocked');
  await expect(recent.locator('tr[data-action="UnlockConnector"]')).toContainText(operator.name);

  const configuration = page.getByRole('region', { name: 'Configuration', exact: true });
  await expect(configuration).toContainText('Not read yet');
  const getConfiguration = page.getByRole('form', { name: 'GetConfiguration' });
  await getConfiguration.getByRole('button', { name: 'Send' }).click();
  await expect(getConfiguration.getByTestId('command-result')).toContainText('Answered');
  const heartbeat = configuration.locator('[data-key="HeartbeatInterval"]');
  await expect(heartbeat).toContainText('300');
  await expect(configuration.locator('[data-key="NumberOfConnectors"]')).toContainText('read-only');

  await heartbeat.getByRole('button', { name: 'Edit HeartbeatInterval' }).click();
  await heartbeat.getByLabel('New value for HeartbeatInterval').fill('120');
  await heartbeat.getByRole('button', { name: 'Save' }).click();
  await expect(heartbeat.getByTestId('command-result')).toContainText('Accepted');
  await heartbeat.getByRole('button', { name: 'Done' }).click();
  await expect(heartbeat).toContainText('120');
});

test('a destructive command asks first; a charger that is not connected answers Offline', async ({
  page,
  db,
}) => {
  const operator = await aUser(db, { role: 'operator' });
  const station = await aStation(db, { connectors: ONE_CONNECTOR });

  await page.goto(`/admin/stations/${station.id}`);
  await signIn(page, operator.email, operator.password);
  await expect(page.getByTestId(`connection-${station.identity}`)).toHaveText('Offline');

  const reset = page.getByRole('form', { name: 'Reset' });
  await reset.getByLabel('Type').selectOption('Hard');
  await reset.getByRole('button', { name: 'Send' }).click();
  await expect(reset.getByRole('alertdialog')).toContainText('hard reset');
  await reset.getByRole('button', { name: 'Yes, send it' }).click();
  await expect(reset.getByTestId('command-result')).toContainText('Offline');
  await expect(
    page.getByTestId('recent-commands').locator('tr[data-action="Reset"]'),
  ).toContainText('Offline');
});

test('an operator approves a pending charger and it boots into Accepted', async ({
  page,
  db,
  simulateCharger,
}) => {
  const operator = await aUser(db, { role: 'operator' });
  const station = await aStation(db, { connectors: ONE_CONNECTOR, registrationStatus: 'Pending' });
  const charger = await simulateCharger(station);
  expect(charger.registrationStatus).toBe('Pending');

  await page.goto(`/admin/stations/${station.id}`);
  await signIn(page, operator.email, operator.password);
  const registration = page.getByRole('region', { name: /Registration/ });
  await expect(registration.getByTestId('registration-status')).toHaveText('Pending');
  await registration.getByRole('button', { name: 'Approve' }).click();
  await expect(registration.getByTestId('command-result')).toContainText('Accepted');
  await expect.poll(() => charger.registrationStatus).toBe('Accepted');
});
