import { aStation, aUser } from '@/test/builders';
import { expect, signIn, test } from './fixtures';

test('an operator creates an API key, uses it against the API, and revokes it', async ({
  page,
  db,
  baseURL,
}) => {
  const operator = await aUser(db, { role: 'operator' });
  await aStation(db);

  await page.goto('/admin');
  await signIn(page, operator.email, operator.password);
  await page.getByRole('link', { name: 'API keys' }).click();
  await expect(page).toHaveURL(/\/admin\/api-keys$/);

  await page.getByLabel('Name').fill('E2E integration');
  await page.getByLabel('Scope').selectOption('read');
  await page.getByRole('button', { name: 'Create key' }).click();
  await expect(page.getByTestId('new-api-key')).toContainText('shown only once');
  const secret = (await page.getByTestId('new-api-key-secret').textContent()) ?? '';
  expect(secret).toMatch(/^cd_live_/);

  const row = page.getByTestId('api-key-row').filter({ hasText: 'E2E integration' });
  await expect(row).toContainText(secret.slice(0, 16));
  await expect(row).toContainText('active');

  const listStations = () =>
    fetch(`${baseURL}/api/v1/stations`, { headers: { authorization: `Bearer ${secret}` } });
  expect((await listStations()).status).toBe(200);

  page.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: 'Revoke' }).click();
  await expect(row).toContainText('revoked');
  expect((await listStations()).status).toBe(401);
});

test('a driver gets the 403 view on the API keys page', async ({ page, db }) => {
  const driver = await aUser(db, { role: 'driver' });
  await page.goto('/admin/api-keys');
  await signIn(page, driver.email, driver.password);
  await expect(page.getByText('403')).toBeVisible();
});
