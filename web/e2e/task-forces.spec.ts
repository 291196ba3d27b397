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

const SECRETARY = 'secretary.vilnius@demo.lt';
const CHAIR = 'chair@commission.demo.lt';

const W = {
  lt: {
    taskForces: 'Darbo grupės',
    membersOn: 'Nariai dieną',
    label: 'Pastaba (pvz., „telefonas“)',
    create: 'Sukurti naują adresą',
    address: 'Kalendoriaus adresas',
    revoke: 'Atšaukti adresą: ',
    items: 'Darbo grupės užduotys',
    onlyOverdue: 'Tik vėluojančios',
    show: 'Rodyti',
    overdue: 'Vėluoja',
    question: 'Klausimas darbo grupei',
    dueDate: 'Atsakyti iki',
    send: 'Siųsti prašymą',
    sent: 'Prašymas išsiųstas darbo grupei.',
    vilnius: 'Vilniaus miesto savivaldybė',
    needsAttention: 'Reikia dėmesio',
  },
  en: {
    taskForces: 'Task forces',
    membersOn: 'Members on',
    label: 'Note (e.g. “phone”)',
    create: 'Create a new address',
    address: 'Calendar address',
    revoke: 'Revoke the address: ',
    items: "The task force's action items",
    onlyOverdue: 'Overdue only',
    show: 'Show',
    overdue: 'Overdue',
    question: 'Question to the task force',
    dueDate: 'Answer by',
    send: 'Send the request',
    sent: 'The request was sent to the task force.',
    vilnius: 'Vilnius city',
    needsAttention: 'Needs attention',
  },
};

test('a secretary reads the roster on a date, subscribes a calendar and filters the items', async ({
  page,
}, info) => {
  const lang = languageOf(info);
  const w = W[lang];
  await signIn(page, lang, SECRETARY);
  await page.getByRole('navigation').getByRole('link', { name: w.taskForces }).click();
  await page.getByRole('main').getByRole('link').first().click();
  const taskForceId = page.url().split('/').pop()!;
  const rows = page.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const today = await rows.count();
  // Before the task force existed nobody was a member.
  await page.getByLabel(w.membersOn).fill('2000-01-01');
  await expect(rows).toHaveCount(0);
  await page.getByLabel(w.membersOn).fill(vilniusDate());
  await expect(rows).toHaveCount(today);

  const label = `kalendorius ${info.project.name}`;
  await page.getByLabel(w.label).fill(label);
  await page.getByRole('button', { name: w.create }).click();
  const address = await page.getByLabel(w.address).inputValue();
  expect(address).toMatch(/\/calendar\/[^/]+\.ics$/);
  const feed = await page.request.get(address);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');
  await expectAccessible(page);
  await screenshot(page, info, 'task-force');
  await page.getByRole('button', { name: `${w.revoke}${label}` }).click();
  await expect(page.getByRole('button', { name: `${w.revoke}${label}` })).toHaveCount(0);
  expect((await page.request.get(address)).status()).not.toBe(200);

  await page.getByRole('link', { name: w.items }).click();
  await page.getByLabel(w.onlyOverdue).check();
  await page.getByRole('button', { name: w.show, exact: true }).click();
  const { actionItems } = await apiAs<any>(
    page,
    SECRETARY,
    'query($tf: ID!) { actionItems(taskForceId: $tf, overdue: true, status: [OPEN, IN_PROGRESS], first: 100) { totalCount } }',
    { tf: taskForceId },
  );
  await expect(page.getByRole('article')).toHaveCount(actionItems.totalCount);
  for (const card of await page.getByRole('article').all()) {
    await expect(card.getByText(w.overdue, { exact: true })).toBeVisible();
  }
  await expectAccessible(page);
  await screenshot(page, info, 'task-force-items');
});

test('the Commission chair drills down from the overview and asks a follow-up question', async ({
  page,
}, info) => {
  const lang = languageOf(info);
  const w = W[lang];
  await signIn(page, lang, CHAIR);
  await page.getByRole('rowheader', { name: w.vilnius }).getByRole('link').click();
  await expect(page).toHaveURL(/\/task-forces\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: /Vilniaus miesto/ })).toBeVisible();
  await expect(page.getByText(w.needsAttention, { exact: true })).toBeVisible();
  const taskForceId = page.url().split('/').pop()!;
  const question = `Kodėl vėluoja užduotis? (${info.project.name} ${Date.now()})`;
  await page.getByLabel(w.question).fill(question);
  await page.getByLabel(w.dueDate).fill(vilniusDate(14));
  await page.getByRole('button', { name: w.send }).click();
  await expect(page.getByText(w.sent)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, info, 'task-force-oversight');

  const { followUpRequests } = await apiAs<any>(
    page,
    CHAIR,
    'query($tf: ID!) { followUpRequests(taskForceId: $tf, first: 100) { edges { node { messages { text } } } } }',
    { tf: taskForceId },
  );
  const texts = followUpRequests.edges.flatMap((e: any) => e.node.messages.map((m: any) => m.text));
  expect(texts).toContain(question);
});
