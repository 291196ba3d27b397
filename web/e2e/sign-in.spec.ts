import {
  expect,
  expectAccessible,
  languageOf,
  openSignIn,
  screenshot,
  signIn,
  test,
  WORDS,
} from './support/journey';

const MEMBER = 'member.vilnius@demo.lt';

test('a member signs in, sees the frame of their role, and signs out', async ({ page }, info) => {
  const lang = languageOf(info);
  await openSignIn(page, lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expectAccessible(page);
  await screenshot(page, info, 'sign-in');

  await page.getByLabel(WORDS[lang].email).fill(MEMBER);
  await page.getByLabel(WORDS[lang].password).fill('not-the-password');
  await page.getByRole('button', { name: WORDS[lang].signIn, exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(
    lang === 'lt'
      ? 'Neteisingas el. pašto adresas arba slaptažodis.'
      : 'Wrong e-mail address or password.',
  );
  await expectAccessible(page);

  await page.getByLabel(WORDS[lang].password).fill('demo-password');
  await page.getByRole('button', { name: WORDS[lang].signIn, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: WORDS[lang].myItems })).toBeVisible();
  const menu = page.getByRole('navigation');
  await expect(menu.getByRole('link', { name: WORDS[lang].myItems })).toBeVisible();
  // A member has their meetings, but no national overview, in the menu.
  await expect(
    menu.getByRole('link', { name: lang === 'lt' ? 'Posėdžiai' : 'Meetings' }),
  ).toBeVisible();
  await expect(
    menu.getByRole('link', { name: lang === 'lt' ? 'Būklės apžvalga' : 'Status overview' }),
  ).toHaveCount(0);

  await menu.getByRole('link', { name: lang === 'lt' ? 'Paskyra' : 'Account' }).click();
  await expect(
    page.getByText(`${lang === 'lt' ? 'Prisijungta kaip' : 'Signed in as'} ${MEMBER}`),
  ).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, info, 'account');

  await page.getByRole('button', { name: WORDS[lang].signOut }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: WORDS[lang].signInTitle }),
  ).toBeVisible();
  await expect(page.getByRole('status').first()).toHaveText(
    lang === 'lt' ? 'Atsijungėte.' : 'You have signed out.',
  );
  // Signed out means signed out: the items page sends back to sign in.
  await page.goto('/items');
  await expect(
    page.getByRole('heading', { level: 1, name: WORDS[lang].signInTitle }),
  ).toBeVisible();
});

test('an ended session returns to sign-in and back to the same page after', async ({
  page,
}, info) => {
  const lang = languageOf(info);
  await signIn(page, lang, MEMBER);
  await page.goto('/account');
  // The page has loaded all it asks for (the e-mail settings last): no request is in flight.
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: lang === 'lt' ? 'Pranešimai el. paštu' : 'Notifications by e-mail',
    }),
  ).toBeVisible();
  // The server no longer knows this token (as after an idle limit or a logout elsewhere).
  await page.evaluate(() => {
    const session = JSON.parse(localStorage.getItem('thb.session')!);
    session.token = 'ended';
    localStorage.setItem('thb.session', JSON.stringify(session));
  });
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: WORDS[lang].signInTitle }),
  ).toBeVisible();
  await expect(
    page.getByText(lang === 'lt' ? 'Sesija baigėsi.' : 'Your session ended.', { exact: false }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(WORDS[lang].email).fill(MEMBER);
  await page.getByLabel(WORDS[lang].password).fill('demo-password');
  await page.getByRole('button', { name: WORDS[lang].signIn, exact: true }).click();
  await expect(page).toHaveURL(/\/account$/);
});

test('the accessibility statement is open to everyone, from every page', async ({ page }, info) => {
  const lang = languageOf(info);
  await openSignIn(page, lang);
  await page
    .getByRole('link', {
      name: lang === 'lt' ? 'Prieinamumo pareiškimas' : 'Accessibility statement',
    })
    .click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: lang === 'lt' ? 'Prieinamumo pareiškimas' : 'Accessibility statement',
    }),
  ).toBeVisible();
  await expect(page.getByText('EN 301 549').first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, info, 'accessibility');
});

test('a skip link leads past the menu to the content', async ({ page }, info) => {
  const lang = languageOf(info);
  await signIn(page, lang, MEMBER);
  await page.goto('/items');
  await expect(page.getByRole('heading', { level: 1, name: WORDS[lang].myItems })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', {
    name: lang === 'lt' ? 'Pereiti prie turinio' : 'Skip to content',
  });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
