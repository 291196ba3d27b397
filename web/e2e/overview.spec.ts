import {
  apiAs,
  expect,
  expectAccessible,
  languageOf,
  screenshot,
  signIn,
  test,
} from './support/journey';

const CHAIR = 'chair@commission.demo.lt';
const OVERVIEW = `query($from: LocalDate, $to: LocalDate) { statusOverview(from: $from, to: $to) { rows { rating taskForce { municipality { name nameEn } } } } }`;

const RATING_WORDS = {
  lt: { GREEN: 'Gerai', AMBER: 'Reikia dėmesio', RED: 'Kritiška' },
  en: { GREEN: 'On track', AMBER: 'Needs attention', RED: 'Critical' },
};

test('the Commission chair sees every task force rated in words, for a chosen period', async ({
  page,
}, info) => {
  const lang = languageOf(info);
  await signIn(page, lang, CHAIR);
  const title = lang === 'lt' ? 'Darbo grupių būklės apžvalga' : 'Status of the task forces';
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(10);

  const api = await apiAs<{
    statusOverview: {
      rows: {
        rating: 'GREEN' | 'AMBER' | 'RED';
        taskForce: { municipality: { name: string; nameEn: string } };
      }[];
    };
  }>(page, CHAIR, OVERVIEW);
  for (const row of api.statusOverview.rows) {
    const { name, nameEn } = row.taskForce.municipality;
    const header = page.getByRole('rowheader', {
      name: lang === 'lt' ? name : nameEn,
      exact: true,
    });
    const line = page.getByRole('row').filter({ has: header });
    await expect(line.getByText(RATING_WORDS[lang][row.rating], { exact: true })).toBeVisible();
  }
  // The chart draws the same figures as the table, named for screen readers by its caption.
  await expect(
    page.getByRole('img', {
      name: lang === 'lt' ? /^Atviros ir vėluojančios/ : /^Open and overdue/,
    }),
  ).toBeVisible();
  // Reasons are worded from their codes: no English sentence in the Lithuanian screen.
  if (lang === 'lt') await expect(page.locator('tbody')).not.toContainText(/overdue|meeting|days/i);
  await expectAccessible(page);
  await screenshot(page, info, 'overview');

  // An earlier period: the figures are as of its last day.
  await page.getByLabel(lang === 'lt' ? 'Nuo' : 'From').fill('2025-01-01');
  await page.getByLabel(lang === 'lt' ? 'Iki' : 'To').fill('2025-12-31');
  await page.getByRole('button', { name: lang === 'lt' ? 'Rodyti' : 'Show' }).click();
  await expect(
    page.getByText(
      lang === 'lt' ? 'Duomenys 2025 m. gruodžio 31 d. dienai' : 'Figures as of 31 December 2025',
    ),
  ).toBeVisible();
  await expect(rows).toHaveCount(10);
});
