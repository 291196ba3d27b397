import AxeBuilder from '@axe-core/playwright';
import { expect, Page, test as base, TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const PASSWORD = 'demo-password';
export type Lang = 'lt' | 'en';

/** The language of the running project (desktop-lt, phone-en, …). */
export function languageOf(info: TestInfo): Lang {
  return info.project.name.endsWith('-en') ? 'en' : 'lt';
}

/** Words the tests look for, in the project's language. */
export const WORDS = {
  lt: {
    signIn: 'Prisijungti',
    signInTitle: 'Prisijungimas',
    email: 'El. pašto adresas',
    password: 'Slaptažodis',
    signOut: 'Atsijungti',
    myItems: 'Mano užduotys',
    overdue: 'Vėluoja',
    english: 'English',
    lithuanian: 'Lietuviškai',
  },
  en: {
    signIn: 'Sign in',
    signInTitle: 'Sign in',
    email: 'E-mail address',
    password: 'Password',
    signOut: 'Sign out',
    myItems: 'My action items',
    overdue: 'Overdue',
    english: 'English',
    lithuanian: 'Lietuviškai',
  },
} as const;

/** axe-core with the WCAG 2.1 A and AA rules finds nothing on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const found = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(found).toEqual([]);
}

/** A full-page screenshot named after the project and the screen, kept for people to look at. */
export async function screenshot(page: Page, info: TestInfo, name: string): Promise<void> {
  mkdirSync('.e2e/screenshots', { recursive: true });
  await page.screenshot({
    path: `.e2e/screenshots/${name}-${info.project.name}.png`,
    fullPage: true,
  });
}

/** Opens the sign-in page in the project's language (chosen with the switch, as a person does). */
export async function openSignIn(page: Page, lang: Lang): Promise<void> {
  await page.goto('/sign-in');
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: WORDS[lang].signInTitle }),
  ).toBeVisible();
}

export async function signIn(page: Page, lang: Lang, email: string): Promise<void> {
  await openSignIn(page, lang);
  await page.getByLabel(WORDS[lang].email).fill(email);
  await page.getByLabel(WORDS[lang].password).fill(PASSWORD);
  await page.getByRole('button', { name: WORDS[lang].signIn, exact: true }).click();
  await expect(page.getByRole('button', { name: WORDS[lang].signOut })).toBeVisible();
}

/** Asks the API directly, as the given account, to check what the UI recorded. */
export async function apiAs<T>(
  page: Page,
  email: string,
  query: string,
  variables = {},
): Promise<T> {
  const login = await page.request.post('/graphql', {
    data: {
      query: 'mutation($i: LoginInput!) { login(input: $i) { token } }',
      variables: { i: { email, password: PASSWORD } },
    },
  });
  const token = (await login.json()).data.login.token as string;
  const answer = await page.request.post('/graphql', {
    data: { query, variables },
    headers: { authorization: `Bearer ${token}` },
  });
  const body = await answer.json();
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

export const test = base;
export { expect };

/** The Vilnius date `offsetDays` from today, as `YYYY-MM-DD` (what date fields take). */
export function vilniusDate(offsetDays = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Vilnius' }).format(
    Date.now() + offsetDays * 86_400_000,
  );
}

/**
 * Set-up through the API: a meeting of the account's (first) task force on the day `offsetDays`
 * from today, 07:00–08:00 UTC (morning in Vilnius), marked held. Answers its id and version.
 */
export async function heldMeetingViaApi(
  page: Page,
  email: string,
  title: string,
  offsetDays = -1,
): Promise<{ id: string; version: number }> {
  const { taskForces } = await apiAs<any>(page, email, '{ taskForces { edges { node { id } } } }');
  const day = vilniusDate(offsetDays);
  const { scheduleMeeting: planned } = await apiAs<any>(
    page,
    email,
    'mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id version } }',
    {
      input: {
        taskForceId: taskForces.edges[0].node.id,
        title,
        startsAt: `${day}T07:00:00Z`,
        endsAt: `${day}T08:00:00Z`,
      },
    },
  );
  const { markMeetingHeld } = await apiAs<any>(
    page,
    email,
    'mutation($input: MarkMeetingHeldInput!) { markMeetingHeld(input: $input) { id version } }',
    { input: { id: planned.id, version: planned.version } },
  );
  return markMeetingHeld;
}
