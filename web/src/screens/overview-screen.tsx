import { useQuery } from '@tanstack/react-query';
import { FormEvent, lazy, Suspense, useState } from 'react';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { Field } from '../components/field';
import { PageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { formatDate, formatNumber, vilniusToday, yearBefore } from '../i18n/format';
import { useWords } from '../i18n/use-language';
import { RatingBadge, useReasonText } from './rating-words';
import { Link } from 'react-router';

const STATUS_OVERVIEW = graphql(`
  query StatusOverview($from: LocalDate, $to: LocalDate) {
    statusOverview(from: $from, to: $to) {
      asOf
      period {
        from
        to
      }
      rows {
        rating
        meetingsHeld
        daysSinceLastMeeting
        actionItemsOpen
        actionItemsOverdue
        overdueFollowUps
        preventionActivities
        ratingReasons {
          code
          level
          actual
          threshold
          count
          total
        }
        taskForce {
          id
          name
          municipality {
            id
            name
            nameEn
          }
        }
      }
    }
  }
`);

// Drawn only on this screen, from the figures the table shows.
const OverviewChart = lazy(() => import('./overview-chart'));

/** The Commission's and the Ministry's table: every task force, its rating in words and colour. */
export default function OverviewScreen() {
  const { t, language } = useWords();
  const today = vilniusToday();
  const [period, setPeriod] = useState({ from: yearBefore(today), to: today });
  const [draft, setDraft] = useState(period);
  const query = useQuery({
    queryKey: ['statusOverview', period],
    queryFn: () => request(STATUS_OVERVIEW, period),
  });
  const overview = query.data?.statusOverview;
  const number = (value: number | null | undefined) =>
    value === null || value === undefined ? '' : formatNumber(value, language);
  const reasonText = useReasonText();
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setPeriod(draft);
  };

  return (
    <section>
      <PageTitle>{t('overview.title')}</PageTitle>
      <form className="form form--inline" onSubmit={apply} aria-label={t('overview.period')}>
        <Field label={t('overview.from')}>
          {(p) => (
            <input
              {...p}
              type="date"
              value={draft.from}
              max={draft.to}
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('overview.to')}>
          {(p) => (
            <input
              {...p}
              type="date"
              value={draft.to}
              min={draft.from}
              onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            />
          )}
        </Field>
        <button type="submit">{t('overview.apply')}</button>
      </form>
      {!overview ? (
        <QueryState error={query.error} />
      ) : (
        <>
          <p className="muted">
            {t('overview.asOf', { date: formatDate(overview.asOf, language) })}
          </p>
          <Suspense fallback={null}>
            <OverviewChart
              rows={overview.rows.map((row) => ({
                id: row.taskForce.id,
                label:
                  language === 'en'
                    ? row.taskForce.municipality.nameEn
                    : row.taskForce.municipality.name,
                open: row.actionItemsOpen,
                overdue: row.actionItemsOverdue,
              }))}
            />
          </Suspense>
          <div
            className="table-scroll"
            role="region"
            aria-label={t('overview.tableLabel')}
            tabIndex={0}
          >
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('overview.taskForce')}</th>
                  <th scope="col">{t('overview.rating')}</th>
                  <th scope="col">{t('overview.reasons')}</th>
                  <th scope="col" className="num">
                    {t('overview.meetingsHeld')}
                  </th>
                  <th scope="col" className="num">
                    {t('overview.daysSinceLastMeeting')}
                  </th>
                  <th scope="col" className="num">
                    {t('overview.open')}
                  </th>
                  <th scope="col" className="num">
                    {t('overview.overdue')}
                  </th>
                  <th scope="col" className="num">
                    {t('overview.followUps')}
                  </th>
                  <th scope="col" className="num">
                    {t('overview.activities')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {overview.rows.map((row) => (
                  <tr key={row.taskForce.id}>
                    <th scope="row" title={row.taskForce.name}>
                      <Link to={`/task-forces/${row.taskForce.id}`}>
                        {language === 'en'
                          ? row.taskForce.municipality.nameEn
                          : row.taskForce.municipality.name}
                      </Link>
                    </th>
                    <td>
                      <RatingBadge rating={row.rating} />
                    </td>
                    <td>
                      <ul className="reasons">
                        {row.ratingReasons.map((r) => (
                          <li key={r.code}>{reasonText(r)}</li>
                        ))}
                      </ul>
                    </td>
                    <td className="num">{number(row.meetingsHeld)}</td>
                    <td className="num">
                      {row.daysSinceLastMeeting === null
                        ? t('overview.never')
                        : number(row.daysSinceLastMeeting)}
                    </td>
                    <td className="num">{number(row.actionItemsOpen)}</td>
                    <td className="num">{number(row.actionItemsOverdue)}</td>
                    <td className="num">{number(row.overdueFollowUps)}</td>
                    <td className="num">{number(row.preventionActivities)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
