import {
  expect,
  expectAccessible,
  apiAs,
  languageOf,
  screenshot,
  signIn,
  test,
  WORDS,
} from './support/journey';

const MEMBER = 'member.vilnius@demo.lt';

const UPDATES = `query($id: ID!) { actionItem(id: $id) { updates { text contributions { value } } } }`;

test('a member sees their items, overdue first, and reports progress with a figure', async ({
  page,
}, info) => {
  const lang = languageOf(info);
  await signIn(page, lang, MEMBER);
  await expect(page.getByRole('heading', { level: 1, name: WORDS[lang].myItems })).toBeVisible();
  const cards = page.getByRole('article');
  await expect(cards.first()).toBeVisible();
  const count = await cards.count();
  // Lithuanian plural: 4 užduotys, 5 užduočių, 1 užduotis.
  const plural =
    lang === 'lt'
      ? count === 1
        ? 'užduotis'
        : count < 10
          ? 'užduotys'
          : 'užduočių'
      : count === 1
        ? 'action item'
        : 'action items';
  await expect(page.getByText(`${count} ${plural}`, { exact: true })).toBeVisible();
  const first = cards.first();
  await expect(first.getByText(WORDS[lang].overdue, { exact: true })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, info, 'my-items');

  await first.getByRole('link').click();
  await expect(page).toHaveURL(/\/items\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop()!;
  const heading = lang === 'lt' ? 'Pranešti apie eigą' : 'Report progress';
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();

  const text = `Surengtas užsiėmimas (${info.project.name}, ${Date.now()})`;
  const figure = page.getByRole('textbox', { name: /Paskaitų dalyviai/ });
  await page
    .getByRole('textbox', { name: lang === 'lt' ? 'Kas padaryta' : 'What was done' })
    .fill(text);
  // A personal code is explained before anything is sent (the server refuses it too).
  const report = page.getByRole('button', {
    name: lang === 'lt' ? 'Pranešti' : 'Report',
    exact: true,
  });
  const what = page.getByRole('textbox', {
    name: lang === 'lt' ? 'Kas padaryta' : 'What was done',
  });
  await what.fill('Konsultuotas asmuo 33309240064');
  await report.click();
  await expect(
    page.getByText(lang === 'lt' ? 'Tekste yra asmens kodas.' : 'The text holds a personal code.', {
      exact: false,
    }),
  ).toBeVisible();
  await expect(what).toHaveAttribute('aria-invalid', 'true');
  await what.fill(text);
  // Counted people are whole numbers: refused before sending.
  await figure.fill('2,5');
  await page
    .getByRole('button', { name: lang === 'lt' ? 'Pranešti' : 'Report', exact: true })
    .click();
  await expect(
    page.getByText(lang === 'lt' ? 'Turi būti sveikasis skaičius.' : 'Must be a whole number.'),
  ).toBeVisible();
  await expect(figure).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  let updates = await apiAs<{ actionItem: { updates: { text: string }[] } }>(
    page,
    MEMBER,
    UPDATES,
    { id },
  );
  expect(updates.actionItem.updates.map((u) => u.text)).not.toContain(text);

  await figure.fill('12');
  await page
    .getByRole('button', { name: lang === 'lt' ? 'Pranešti' : 'Report', exact: true })
    .click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: lang === 'lt' ? 'Eiga užregistruota.' : 'Progress recorded.' }),
  ).toBeVisible();
  await expect(page.getByText(text)).toBeVisible();
  await expect(
    page
      .getByText(lang === 'lt' ? 'Paskaitų dalyviai: 12 asmenys' : 'Paskaitų dalyviai: 12 asmenys')
      .first(),
  ).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, info, 'action-item');

  updates = await apiAs(page, MEMBER, UPDATES, { id });
  const recorded = (
    updates.actionItem.updates as { text: string; contributions: { value: number }[] }[]
  ).find((u) => u.text === text);
  expect(recorded?.contributions.map((c) => c.value)).toEqual([12]);
});
