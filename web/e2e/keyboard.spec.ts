import type { Page } from '@playwright/test';
import { apiAs, expect, heldMeetingViaApi, languageOf, test, WORDS } from './support/journey';

const MEMBER = 'member.vilnius@demo.lt';

/** Tabs until the focused element matches, as a keyboard user would; fails after `limit` tabs. */
async function tabTo(page: Page, matches: string, limit = 40) {
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

/** Signs in with the keyboard alone, choosing English first with the switch when asked. */
async function signInByKeyboard(page: Page, lang: 'lt' | 'en', address: string, email: string) {
  await page.goto(address);
  if (lang === 'en') {
    await tabTo(page, 'English');
    await page.keyboard.press('Enter');
  }
  await tabTo(page, WORDS[lang].email);
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type('demo-password');
  await page.keyboard.press('Enter');
}

test('keyboard only: sign in, open an item and report progress', async ({ page }, info) => {
  const lang = languageOf(info);
  await signInByKeyboard(page, lang, '/sign-in', MEMBER);
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

test('keyboard only: a secretary records attendance and saves the minutes', async ({
  page,
}, info) => {
  const lang = languageOf(info);
  const secretary = 'secretary.vilnius@demo.lt';
  const planned = await heldMeetingViaApi(
    page,
    secretary,
    `Klaviatūros posėdis ${info.project.name}`,
  );

  await signInByKeyboard(page, lang, `/sign-in?next=/meetings/${planned.id}`, secretary);
  await expect(page.getByRole('heading', { level: 1, name: /Klaviatūros posėdis/ })).toBeFocused();

  // The first member's attendance: focus the select, choose with the arrow keys.
  const select = page
    .getByRole('combobox', { name: lang === 'lt' ? /^Dalyvavimas: / : /^Attendance: / })
    .first();
  const name = (await select.getAttribute('aria-label'))!;
  await tabTo(page, name);
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('PRESENT');
  await expect(select).toBeEnabled();

  const minutes = lang === 'lt' ? 'Protokolo tekstas' : 'Text of the minutes';
  await tabTo(page, minutes);
  await page.keyboard.type('Posėdis vyko nuotoliu.');
  await tabTo(page, lang === 'lt' ? 'Išsaugoti projektą' : 'Save the draft');
  await page.keyboard.press('Enter');
  await expect(
    page.getByText(lang === 'lt' ? 'Visi pakeitimai išsaugoti.' : 'All changes saved.'),
  ).toBeVisible();

  const saved = await apiAs<any>(
    page,
    secretary,
    'query($id: ID!) { meeting(id: $id) { attendance { status } minutes { text status } } }',
    { id: planned.id },
  );
  expect(saved.meeting.attendance.map((a: { status: string }) => a.status)).toEqual(['PRESENT']);
  expect(saved.meeting.minutes).toEqual({ text: 'Posėdis vyko nuotoliu.', status: 'DRAFT' });
});
