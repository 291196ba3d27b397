import { formatDate } from '../src/i18n/format';
import {
  apiAs,
  expect,
  expectAccessible,
  languageOf,
  screenshot,
  signIn,
  test,
  vilniusDate,
} from './support/journey';

const SECRETARY = 'secretary.kaunas@demo.lt';
const COMMISSION = 'chair@commission.demo.lt';

const WORDS = {
  lt: {
    menu: /^Pranešimai \(\d+ nauj/,
    title: 'Pranešimai',
    asked: 'Gautas paklausimas',
    open: 'Atidaryti',
    account: 'Paskyra',
    assignedSetting: 'Jums paskirta užduotis',
    digest: 'Dienos suvestinėje',
    days: 'Kiek dienų prieš terminą priminti',
    save: 'Išsaugoti nustatymus',
    saved: 'Pranešimų nustatymai išsaugoti.',
  },
  en: {
    menu: /^Notifications \(\d+ new\)/,
    title: 'Notifications',
    asked: 'New follow-up request',
    open: 'Open',
    account: 'Account',
    assignedSetting: 'An action item is assigned to you',
    digest: 'In the daily digest',
    days: 'Days before a due date to remind you',
    save: 'Save settings',
    saved: 'Notification settings saved.',
  },
} as const;

/** Each project its own account (two run at once): the settings are per person. */
const SETTINGS_ACCOUNT: Record<string, string> = {
  'desktop-lt': 'observer.vilnius@demo.lt',
  'desktop-en': 'chair.vilnius@demo.lt',
  'phone-lt': 'member.vilnius@demo.lt',
  'phone-en': 'admin@demo.lt',
};

/**
 * The Commission asks the Kaunas task force a question through the API (a follow-up that is
 * not overdue changes no rating other journeys look at); its due date is unique to the run.
 */
async function askKaunas(page: import('@playwright/test').Page, offsetDays: number) {
  const { taskForces } = await apiAs<any>(
    page,
    SECRETARY,
    '{ taskForces { edges { node { id } } } }',
  );
  const taskForceId = taskForces.edges[0].node.id as string;
  const { createFollowUpRequest } = await apiAs<any>(
    page,
    COMMISSION,
    'mutation($input: CreateFollowUpRequestInput!) { createFollowUpRequest(input: $input) { id } }',
    {
      input: {
        taskForceId,
        subjectType: 'TASK_FORCE',
        question: 'Kaip sekasi įgyvendinti prevencijos priemones?',
        dueDate: vilniusDate(offsetDays),
      },
    },
  );
  return { taskForceId, requestId: createFollowUpRequest.id as string };
}

const OFFSET: Record<string, number> = {
  'desktop-lt': 21,
  'desktop-en': 22,
  'phone-lt': 23,
  'phone-en': 24,
};

test('a secretary finds a new follow-up request among the notifications and opens it', async ({
  page,
}, info) => {
  const lang = languageOf(info);
  const { taskForceId, requestId } = await askKaunas(page, OFFSET[info.project.name]);
  await signIn(page, lang, SECRETARY);
  await page.getByRole('navigation').getByRole('link', { name: WORDS[lang].menu }).click();
  await expect(page.getByRole('heading', { level: 1, name: WORDS[lang].title })).toBeVisible();
  const due = formatDate(vilniusDate(OFFSET[info.project.name]), lang);
  const card = page.getByRole('article').filter({ hasText: due });
  await expect(card.getByRole('heading', { name: WORDS[lang].asked })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, info, 'notifications');
  await card.getByRole('button', { name: WORDS[lang].open }).click();
  await expect(page).toHaveURL(new RegExp(`/task-forces/${taskForceId}$`));
  await expect(page.getByRole('heading', { level: 1, name: /Kauno miesto/ })).toBeVisible();
  // Opened, it is read.
  const { myNotifications } = await apiAs<any>(
    page,
    SECRETARY,
    '{ myNotifications(first: 100) { edges { node { subjectId readAt } } } }',
  );
  const read = myNotifications.edges.find((e: any) => e.node.subjectId === requestId);
  expect(read.node.readAt).not.toBeNull();
});

test('a member chooses a daily digest for assignments and a longer lead time', async ({
  page,
}, info) => {
  const lang = languageOf(info);
  const email = SETTINGS_ACCOUNT[info.project.name];
  await signIn(page, lang, email);
  await page.getByRole('navigation').getByRole('link', { name: WORDS[lang].account }).click();
  await page.getByLabel(WORDS[lang].assignedSetting).selectOption({ label: WORDS[lang].digest });
  await page.getByLabel(WORDS[lang].days).fill('7');
  await page.getByRole('button', { name: WORDS[lang].save }).click();
  await expect(page.getByText(WORDS[lang].saved)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, info, 'notification-settings');
  const { notificationSettings } = await apiAs<any>(
    page,
    email,
    '{ notificationSettings { dueSoonDays kinds { kind mail } } }',
  );
  expect(notificationSettings.dueSoonDays).toBe(7);
  expect(notificationSettings.kinds).toContainEqual({
    kind: 'ACTION_ITEM_ASSIGNED',
    mail: 'DAILY_DIGEST',
  });
});
