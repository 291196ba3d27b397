import { expect, signIn, test, WORDS } from './support/journey';

// Runs once (desktop-lt only, see playwright.config.ts): it changes the account's language.
const ACCOUNT = 'member.kaunas@demo.lt';

test('the language choice is remembered on the device and on the account', async ({ page }) => {
  await signIn(page, 'lt', ACCOUNT);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: WORDS.en.myItems })).toBeVisible();
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: WORDS.en.myItems })).toBeVisible();

  // A new device (nothing stored) takes the account's language at sign-in.
  await page.getByRole('button', { name: WORDS.en.signOut }).click();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: WORDS.lt.signInTitle })).toBeVisible();
  await page.getByLabel(WORDS.lt.email).fill(ACCOUNT);
  await page.getByLabel(WORDS.lt.password).fill('demo-password');
  await page.getByRole('button', { name: WORDS.lt.signIn, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: WORDS.en.myItems })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('button', { name: 'Lietuviškai' }).click();
  await expect(page.getByRole('heading', { level: 1, name: WORDS.lt.myItems })).toBeVisible();
});
