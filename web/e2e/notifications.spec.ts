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

const MEMBER = 'member.vilnius@demo.lt';
const SECRETARY = 'secretary.vilnius@demo.lt';

const WORDS = {
  lt: {
    menu: /^Pranešimai \(\d+ nauj/,
    title: 'Pranešimai',
    assigned: 'Jums paskirta užduotis',
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
    assigned: 'An action item is assigned to you',
    open: 'Open',
    account: 'Account',
    assignedSetting: 'An action item is assigned to you',
    digest: 'In the daily digest',
    days: 'Days before a due date to remind you',
    save: 'Save settings',
    saved: 'Notification settings saved.',
  },
} as const;

const SETTINGS_ACCOUNT: Record<string, string> = {
  'desktop-lt': MEMBER,
  'desktop-en': 'member.kaunas@demo.lt',
  'phone-lt': 'observer.vilnius@demo.lt',
  'phone-en': 'chair.vilnius@demo.lt',
};

/** The secretary gives the member a new item through the API; its title is unique to the run. */
async function assignItem(page: import('@playwright/test').Page, title: string) {
  const { me } = await apiAs<any>(page, MEMBER, '{ me { personId } }');
  const { taskForces } = await apiAs<any>(
    page,
    SECRETARY,
    '{ taskForces { edges { node { id } } } }',
  );
  const { nationalPlans } = await apiAs<any>(
    page,
    SECRETARY,
    '{ nationalPlans(status: ACTIVE, first: 1) { edges { node { goals { objectives { measures { id } } } } } } }',
  );
  const measure = nationalPlans.edges[0].node.goals[0].objectives[0].measures[0].id;
  const { createActionItem } = await apiAs<any>(
    page,
    SECRETARY,
    'mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }',
    {
      input: {
        taskForceId: taskForces.edges[0].node.id,
        title,
        assigneeId: me.personId,
        dueDate: vilniusDate(20),
        measureIds: [measure],
      },
    },
  );
  return createActionItem.id as string;
}

test('a member finds a new assignment among the notifications and opens it', async ({
  page,
}, info) => {
  const lang = languageOf(info);
  const title = `Pranešimo užduotis ${info.project.name} ${Date.now()}`;
  const itemId = await assignItem(page, title);
  await signIn(page, lang, MEMBER);
  const menu = page.getByRole('navigation').getByRole('link', { name: WORDS[lang].menu });
  await menu.click();
  await expect(page.getByRole('heading', { level: 1, name: WORDS[lang].title })).toBeVisible();
  const card = page.getByRole('article').filter({ hasText: title });
  await expect(card.getByRole('heading', { name: WORDS[lang].assigned })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, info, 'notifications');
  await card.getByRole('button', { name: WORDS[lang].open }).click();
  await expect(page).toHaveURL(new RegExp(`/items/${itemId}$`));
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // Opened, it is read.
  const { myNotifications } = await apiAs<any>(
    page,
    MEMBER,
    '{ myNotifications(first: 100) { edges { node { subjectId readAt } } } }',
  );
  const read = myNotifications.edges.find((e: any) => e.node.subjectId === itemId);
  expect(read.node.readAt).not.toBeNull();
});

test('a member chooses a daily digest for assignments and a longer lead time', async ({
  page,
}, info) => {
  const lang = languageOf(info);
  // Each project its own account (two run at once): the settings are per person.
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
