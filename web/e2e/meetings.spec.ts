import { Browser, Page } from '@playwright/test';
import {
  apiAs,
  expect,
  expectAccessible,
  heldMeetingViaApi,
  languageOf,
  screenshot,
  signIn,
  test,
  vilniusDate,
} from './support/journey';

const SECRETARY = 'secretary.vilnius@demo.lt';
const CHAIR = 'chair.vilnius@demo.lt';

const W = {
  lt: {
    meetings: 'Posėdžiai',
    schedule: 'Suplanuoti posėdį',
    title: 'Pavadinimas',
    date: 'Data',
    start: 'Pradžia',
    end: 'Pabaiga',
    itemTitle: 'Klausimas',
    addItem: 'Įtraukti į darbotvarkę',
    findMeasure: 'Ieškoti priemonės (kodas ar žodžiai)',
    up: 'Perkelti aukštyn: ',
    attendanceOf: /^Dalyvavimas: /,
    quorumReached: 'Kvorumas yra',
    markHeld: 'Pažymėti, kad įvyko',
    held: 'Įvykęs',
    decisionText: 'Sprendimo tekstas',
    votesFor: 'Už',
    recordDecision: 'Įrašyti sprendimą',
    createItem: 'Sukurti užduotį',
    itemName: 'Užduotis',
    assignee: 'Atsakingas asmuo',
    due: 'Terminas',
    createItemButton: 'Sukurti užduotį',
    created: 'Užduotis sukurta:',
    fromRecord: 'Pradėti nuo darbotvarkės ir dalyvių',
    minutesText: 'Protokolo tekstas',
    saveDraft: 'Išsaugoti projektą',
    draft: 'Projektas',
    approve: 'Patvirtinti protokolą',
    approved: 'Patvirtintas',
    print: 'Spausdinti protokolą',
    printHeading: 'Posėdžio protokolas Nr.',
    restored: 'Atkurtas neišsaugotas tekstas',
  },
  en: {
    meetings: 'Meetings',
    schedule: 'Schedule a meeting',
    title: 'Title',
    date: 'Date',
    start: 'Starts',
    end: 'Ends',
    itemTitle: 'Item',
    addItem: 'Add to the agenda',
    findMeasure: 'Find a measure (code or words)',
    up: 'Move up: ',
    attendanceOf: /^Attendance: /,
    quorumReached: 'Quorum reached',
    markHeld: 'Mark as held',
    held: 'Held',
    decisionText: 'Text of the decision',
    votesFor: 'For',
    recordDecision: 'Record the decision',
    createItem: 'Create an action item',
    itemName: 'Action item',
    assignee: 'Assignee',
    due: 'Due',
    createItemButton: 'Create the action item',
    created: 'Action item created:',
    fromRecord: 'Start from the agenda and attendance',
    minutesText: 'Text of the minutes',
    saveDraft: 'Save the draft',
    draft: 'Draft',
    approve: 'Approve the minutes',
    approved: 'Approved',
    print: 'Print the minutes',
    printHeading: 'Minutes of meeting No.',
    restored: 'Unsaved text from this device was restored.',
  },
};

const MEETING = `query($id: ID!) { meeting(id: $id) {
  status minutesStatus minutes { status text }
  agenda { title position } attendance { status }
  decisions { id number votes { for } }
} }`;
const ITEMS = `query($tf: ID!) { actionItems(taskForceId: $tf, first: 100) { edges { node { title originDecision { id } } } } }`;

/** Marks every member on the meeting's date present, one select at a time (each is saved). */
async function markAllPresent(page: Page, label: RegExp) {
  const selects = page.getByRole('combobox', { name: label });
  const count = await selects.count();
  for (let i = 0; i < count; i++) {
    await expect(selects.nth(i)).toBeEnabled();
    await selects.nth(i).selectOption('PRESENT');
    await expect(selects.nth(i)).toHaveValue('PRESENT');
  }
  return count;
}

test('a secretary records a meeting from scheduling to minutes, and the chair approves them', async ({
  page,
  browser,
}, info) => {
  const lang = languageOf(info);
  const w = W[lang];
  const title = `Posėdis ${info.project.name} ${Date.now()}`;
  await signIn(page, lang, SECRETARY);
  await page.getByRole('navigation').getByRole('link', { name: w.meetings }).click();
  await expect(page.getByRole('heading', { level: 1, name: w.meetings })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, info, 'meetings');

  await page.getByRole('link', { name: w.schedule }).click();
  await page.getByLabel(w.title, { exact: true }).fill(title);
  await page.getByLabel(w.date, { exact: true }).fill(vilniusDate(-1));
  await page.getByLabel(w.start).fill('10:00');
  await page.getByLabel(w.end).fill('12:00');
  await expectAccessible(page);
  await screenshot(page, info, 'schedule-meeting');
  await page.getByRole('button', { name: w.schedule }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(title) })).toBeVisible();
  const meetingId = page.url().split('/').pop()!;

  // Agenda: two items, the first linked to a measure found by its code; then reordered.
  await page.getByLabel(w.itemTitle, { exact: true }).fill('Mokyklų prevencinės paskaitos');
  await page.getByLabel(w.findMeasure).first().fill('4.1.1');
  await page
    .getByRole('checkbox', { name: /^4\.1\.1/ })
    .first()
    .check();
  await page.getByRole('button', { name: w.addItem }).click();
  await expect(page.locator('.agenda li')).toHaveCount(1);
  await page.getByLabel(w.itemTitle, { exact: true }).fill('Kiti klausimai');
  await page.getByRole('button', { name: w.addItem }).click();
  await expect(page.locator('.agenda li')).toHaveCount(2);
  await page.getByRole('button', { name: `${w.up}Kiti klausimai` }).click();
  await expect(page.locator('.agenda li').first()).toContainText('Kiti klausimai');

  // Attendance: the quorum follows the marks as the server counts them.
  const members = await markAllPresent(page, w.attendanceOf);
  expect(members).toBeGreaterThan(3);
  await expect(page.getByRole('status').filter({ hasText: w.quorumReached })).toBeVisible();

  await page.getByRole('button', { name: w.markHeld }).click();
  await expect(page.getByText(w.held, { exact: true })).toBeVisible();

  await page.getByLabel(w.decisionText, { exact: true }).fill('Parengti paskaitų planą mokykloms.');
  await page.getByLabel(w.votesFor, { exact: true }).fill('5');
  await page.getByRole('button', { name: w.recordDecision }).click();
  await expect(page.locator('.decisions > li')).toHaveCount(1);

  await page.getByRole('button', { name: w.createItem }).click();
  await page.getByLabel(w.itemName, { exact: true }).fill(`Paskaitų planas ${info.project.name}`);
  await page
    .getByLabel(w.assignee)
    .selectOption({ label: `Darius Baranauskas (${lang === 'lt' ? 'Narys' : 'Member'})` });
  await page.getByLabel(w.due, { exact: true }).fill(vilniusDate(30));
  await page.locator('.subform').getByLabel(w.findMeasure).fill('4.1.1');
  await page
    .locator('.subform')
    .getByRole('checkbox', { name: /^4\.1\.1/ })
    .first()
    .check();
  await page.getByRole('button', { name: w.createItemButton }).click();
  await expect(page.getByText(w.created)).toBeVisible();

  await page.getByRole('button', { name: w.fromRecord }).click();
  const text = page.getByLabel(w.minutesText);
  await expect(text).toHaveValue(/Kiti klausimai/);
  await text.press('End');
  await text.pressSequentially('\nPosėdis baigtas 12:00.');
  await page.getByRole('button', { name: w.saveDraft }).click();
  await expect(page.getByText(w.draft, { exact: true })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, info, 'meeting');

  const recorded = await apiAs<any>(page, SECRETARY, MEETING, { id: meetingId });
  expect(recorded.meeting).toMatchObject({ status: 'HELD', minutesStatus: 'DRAFT' });
  expect(recorded.meeting.agenda.map((a: { title: string }) => a.title)).toEqual([
    'Kiti klausimai',
    'Mokyklų prevencinės paskaitos',
  ]);
  expect(recorded.meeting.attendance).toHaveLength(members);
  expect(recorded.meeting.decisions[0].votes.for).toBe(5);
  expect(recorded.meeting.minutes.text).toContain('Posėdis baigtas 12:00.');
  const { meeting: withTaskForce } = await apiAs<any>(
    page,
    SECRETARY,
    `query($id: ID!) { meeting(id: $id) { taskForceId } }`,
    { id: meetingId },
  );
  const items = await apiAs<any>(page, SECRETARY, ITEMS, { tf: withTaskForce.taskForceId });
  const fromDecision = items.actionItems.edges.find(
    (e: any) => e.node.title === `Paskaitų planas ${info.project.name}`,
  );
  expect(fromDecision.node.originDecision.id).toBe(recorded.meeting.decisions[0].id);

  await approveAsChair(browser, lang, meetingId, info);
  const final = await apiAs<any>(page, SECRETARY, MEETING, { id: meetingId });
  expect(final.meeting.minutesStatus).toBe('APPROVED');
});

async function approveAsChair(browser: Browser, lang: 'lt' | 'en', meetingId: string, info: any) {
  const w = W[lang];
  const context = await browser.newContext({ ...info.project.use, timezoneId: 'Europe/Vilnius' });
  const page = await context.newPage();
  await signIn(page, lang, CHAIR);
  await page.goto(`/meetings/${meetingId}`);
  await page.getByRole('button', { name: w.approve }).click();
  await expect(page.getByText(w.approved, { exact: true })).toBeVisible();
  // Final: no control that would change the record is left.
  await expect(page.getByRole('button', { name: w.saveDraft })).toHaveCount(0);
  await expect(page.getByRole('button', { name: w.addItem })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: w.attendanceOf })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, info, 'meeting-approved');

  await page.getByRole('link', { name: w.print }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(w.printHeading) }),
  ).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, info, 'minutes-print');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: `.e2e/screenshots/minutes-${info.project.name}.pdf`, format: 'A4' });
  await context.close();
}

test('minutes typed when the session ends are there after signing in again', async ({
  page,
}, info) => {
  const lang = languageOf(info);
  const w = W[lang];
  // Set-up through the API: a held meeting of yesterday, its minutes not written yet.
  const open = await heldMeetingViaApi(page, SECRETARY, `Ilgas posėdis ${info.project.name}`);
  await signIn(page, lang, SECRETARY);
  await page.goto(`/meetings/${open.id}`);
  const text = page.getByLabel(w.minutesText);
  const line = `Neišsaugota mintis ${info.project.name} ${Date.now()}`;
  await text.fill(line);
  await page.evaluate(() => {
    const session = JSON.parse(localStorage.getItem('thb.session')!);
    session.token = 'ended';
    localStorage.setItem('thb.session', JSON.stringify(session));
  });
  await page.reload();
  await page.getByLabel(lang === 'lt' ? 'El. pašto adresas' : 'E-mail address').fill(SECRETARY);
  await page.getByLabel(lang === 'lt' ? 'Slaptažodis' : 'Password').fill('demo-password');
  await page
    .getByRole('button', { name: lang === 'lt' ? 'Prisijungti' : 'Sign in', exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${open.id}$`));
  await expect(page.getByLabel(w.minutesText)).toHaveValue(line);
  await expect(page.getByText(w.restored)).toBeVisible();
});

test('a decision of approved minutes is amended at a later meeting, and an agenda item edited', async ({
  page,
}, info) => {
  const lang = languageOf(info);
  const L = lang === 'lt';
  const gql = (query: string, variables: object, as = SECRETARY) =>
    apiAs<any>(page, as, query, variables);
  const held = (title: string, offset: number) => heldMeetingViaApi(page, SECRETARY, title, offset);
  // Set-up through the API: an earlier meeting whose decision and minutes are approved.
  const earlier = await held(`Ankstesnis ${info.project.name}`, -3);
  const { recordDecision: original } = await gql(
    'mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { id number } }',
    { input: { meetingId: earlier.id, kind: 'RESOLUTION', text: 'Paskaitos vyks kas mėnesį.' } },
  );
  const { saveMinutes } = await gql(
    'mutation($input: SaveMinutesInput!) { saveMinutes(input: $input) { version } }',
    { input: { meetingId: earlier.id, text: 'Protokolas.' } },
  );
  await gql(
    'mutation($input: ApproveMinutesInput!) { approveMinutes(input: $input) { id } }',
    { input: { meetingId: earlier.id, version: saveMinutes.version } },
    CHAIR,
  );
  const later = await held(`Vėlesnis ${info.project.name}`, -1);

  await signIn(page, lang, SECRETARY);
  await page.goto(`/meetings/${earlier.id}`);
  await page
    .getByRole('button', { name: L ? 'Keisti vėlesniame posėdyje' : 'Amend at a later meeting' })
    .click();
  await page
    .getByLabel(L ? 'Posėdis, kuriame bus priimtas pakeitimas' : 'Meeting that takes the amendment')
    .selectOption({ value: later.id });
  await page.getByRole('button', { name: L ? 'Tęsti' : 'Continue' }).click();
  await expect(
    page.getByText(
      L
        ? `Naujas sprendimas keis sprendimą ${original.number}.`
        : `The new decision will amend decision ${original.number}.`,
    ),
  ).toBeVisible();
  await page
    .getByLabel(L ? 'Sprendimo tekstas' : 'Text of the decision', { exact: true })
    .fill('Paskaitos vyks kas dvi savaites.');
  await page.getByRole('button', { name: L ? 'Įrašyti sprendimą' : 'Record the decision' }).click();
  await expect(
    page.getByText(
      L ? `Keičia sprendimą ${original.number}.` : `Amends decision ${original.number}.`,
    ),
  ).toBeVisible();

  await page.getByLabel(L ? 'Klausimas' : 'Item', { exact: true }).fill('Paskaitų dažnumas');
  await page
    .getByRole('button', { name: L ? 'Įtraukti į darbotvarkę' : 'Add to the agenda' })
    .click();
  await page
    .getByRole('button', { name: L ? 'Keisti: Paskaitų dažnumas' : 'Edit: Paskaitų dažnumas' })
    .click();
  const editor = page.locator('.agenda .subform');
  await editor
    .getByLabel(L ? 'Klausimas' : 'Item', { exact: true })
    .fill('Paskaitų mokyklose dažnumas');
  await editor
    .getByLabel(L ? 'Kas svarstyta (santrauka)' : 'What was discussed (summary)')
    .fill('Sutarta dažniau.');
  await editor.getByRole('button', { name: L ? 'Išsaugoti' : 'Save' }).click();
  await expect(page.locator('.agenda li').first()).toContainText('Paskaitų mokyklose dažnumas');
  await expectAccessible(page);
  await screenshot(page, info, 'meeting-amendment');

  const recorded = await gql(
    'query($id: ID!) { meeting(id: $id) { agenda { title discussionSummary } decisions { amends { id } } } }',
    { id: later.id },
  );
  expect(recorded.meeting.decisions[0].amends.id).toBe(original.id);
  expect(recorded.meeting.agenda[0]).toEqual({
    title: 'Paskaitų mokyklose dažnumas',
    discussionSummary: 'Sutarta dažniau.',
  });
});
