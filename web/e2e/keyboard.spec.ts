import { apiAs, expect, languageOf, test, WORDS } from './support/journey';

const MEMBER = 'member.vilnius@demo.lt';

/** Tabs until the focused element matches, as a keyboard user would; fails after `limit` tabs. */
async function tabTo(page: import('@playwright/test').Page, matches: string, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate((text) => {
      const active = document.activeElement as HTMLElement | null;
      if (!active || active === document.body) return false;
      const label = active.id ? document.querySelector(`label[for="${active.id}"]`) : null;
      return [active.textContent, active.getAttribute('aria-label'), label?.textContent].some(
        (name) => (name ?? '').trim() === text,
      );
    }, matches);
    if (found) return;
  }
  throw new Error(`No element "${matches}" reached with Tab`);
}

test('keyboard only: sign in, open an item and report progress', async ({ page }, info) => {
  const lang = languageOf(info);
  await page.goto('/sign-in');
  if (lang === 'en') {
    await tabTo(page, 'English');
    await page.keyboard.press('Enter');
  }
  await tabTo(page, WORDS[lang].email);
  await page.keyboard.type(MEMBER);
  await page.keyboard.press('Tab');
  await page.keyboard.type('demo-password');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: WORDS[lang].myItems })).toBeFocused();

  const title = await page.getByRole('article').first().getByRole('link').textContent();
  await tabTo(page, title!);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: title! })).toBeFocused();
  const id = page.url().split('/').pop()!;

  const text = `Klaviatūra (${info.project.name}, ${Date.now()})`;
  await tabTo(page, lang === 'lt' ? 'Kas padaryta' : 'What was done');
  await page.keyboard.type(text);
  await tabTo(page, lang === 'lt' ? 'Pranešti' : 'Report');
  await page.keyboard.press('Enter');
  await expect(page.getByText(text)).toBeVisible();

  const saved = await apiAs<{ actionItem: { updates: { text: string }[] } }>(
    page,
    MEMBER,
    'query($id: ID!) { actionItem(id: $id) { updates { text } } }',
    { id },
  );
  expect(saved.actionItem.updates.map((u) => u.text)).toContain(text);
});
