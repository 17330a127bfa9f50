import { aUser } from '@/test/builders';
import { expect, signIn, test } from './fixtures';

test('a wrong password shows an error and keeps the visitor on the sign-in page', async ({
  page,
  db,
}) => {
  const operator = await aUser(db, { role: 'operator' });
  await page.goto('/login?callbackUrl=%2Fadmin');
  await signIn(page, operator.email, 'not-the-password');
  await expect(page.getByTestId('login-error')).toHaveText('Wrong email or password.');
  await expect(page).toHaveURL(/\/login/);
});

test('signing out revokes the session: the old cookie no longer opens the console', async ({
  page,
  db,
}) => {
  const operator = await aUser(db, { role: 'operator', name: 'Sam Signout' });
  await page.goto('/login?callbackUrl=%2Fadmin');
  await signIn(page, operator.email, operator.password);
  await expect(page.getByTestId('current-user')).toContainText('Sam Signout');
  const cookiesWhileSignedIn = await page.context().cookies();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin/);

  // Put the pre-sign-out cookie back: the server must still refuse it.
  await page.context().addCookies(cookiesWhileSignedIn);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin/);
  const api = await page.request.get('/api/v1/stations');
  expect(api.status()).toBe(401);
});

test('a signed-in driver gets a 403 page, not the console', async ({ page, db }) => {
  const driver = await aUser(db, { role: 'driver' });
  await page.goto('/login?callbackUrl=%2Fadmin');
  await signIn(page, driver.email, driver.password);
  await expect(page.getByRole('heading', { name: 'This page is for operators' })).toBeVisible();
});
