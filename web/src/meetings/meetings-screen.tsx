import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { request } from '../api/client';
import { graphql, ResultOf } from '../api/graphql';
import { Field } from '../components/field';
import { PageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { formatDayOf, formatTime, vilniusToday } from '../i18n/format';
import { useWords } from '../i18n/use-language';
import { useTaskForceChoice } from '../session/task-force-choice';

const MEETINGS = graphql(`
  query MeetingsList($taskForceId: ID!, $today: LocalDate!) {
    taskForce(id: $taskForceId) {
      id
      name
      viewerRights
    }
    upcoming: meetings(taskForceId: $taskForceId, from: $today, order: STARTS_AT_ASC, first: 50) {
      edges {
        node {
          ...MeetingRow
        }
      }
    }
    past: meetings(taskForceId: $taskForceId, to: $today, order: STARTS_AT_DESC, first: 30) {
      edges {
        node {
          ...MeetingRow
        }
      }
    }
  }

  fragment MeetingRow on Meeting {
    id
    number
    title
    startsAt
    endsAt
    status
    minutesStatus
  }
`);

type Row = ResultOf<typeof MEETINGS>['upcoming']['edges'][number]['node'];

function MeetingList({ rows, empty }: { rows: Row[]; empty: string }) {
  const { t, language } = useWords();
  if (!rows.length) return <p>{empty}</p>;
  return (
    <ul className="cards">
      {rows.map((m) => (
        <li key={m.id}>
          <article className="card">
            <h3>
              <Link to={`/meetings/${m.id}`}>
                {t('meetings.numbered', { number: m.number })} – {m.title}
              </Link>
            </h3>
            <dl className="facts">
              <div>
                <dt>{t('meetings.when')}</dt>
                <dd>
                  {formatDayOf(m.startsAt, language)}, {formatTime(m.startsAt, language)}–
                  {formatTime(m.endsAt, language)}
                </dd>
              </div>
              <div>
                <dt>{t('meetings.status')}</dt>
                <dd>{t(`enum.meetingStatus.${m.status}`)}</dd>
              </div>
              <div>
                <dt>{t('meetings.minutes')}</dt>
                <dd>{t(`enum.minutesStatus.${m.minutesStatus}`)}</dd>
              </div>
            </dl>
          </article>
        </li>
      ))}
    </ul>
  );
}

/** A task force's meetings: upcoming ones first in date order, then the past, newest first. */
export default function MeetingsScreen() {
  const { t } = useWords();
  const choice = useTaskForceChoice();
  const [params, setParams] = useSearchParams();
  const taskForceId = params.get('taskForce') ?? choice[0]?.id ?? '';
  const today = vilniusToday();
  const query = useQuery({
    queryKey: ['meetings', taskForceId, today],
    queryFn: () => request(MEETINGS, { taskForceId, today }),
    enabled: Boolean(taskForceId),
  });
  const data = query.data;
  const upcoming = data?.upcoming.edges.map((e) => e.node) ?? [];
  const upcomingIds = new Set(upcoming.map((m) => m.id));
  const past = data?.past.edges.map((e) => e.node).filter((m) => !upcomingIds.has(m.id)) ?? [];
  return (
    <section>
      <PageTitle>{t('meetings.title')}</PageTitle>
      {choice.length > 1 && (
        <div className="toolbar">
          <Field label={t('meetings.taskForce')}>
            {(p) => (
              <select
                {...p}
                value={taskForceId}
                onChange={(e) => setParams({ taskForce: e.target.value })}
              >
                {choice.map((tf) => (
                  <option key={tf.id} value={tf.id}>
                    {tf.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}
      {!taskForceId ? (
        <p>{t('meetings.noTaskForce')}</p>
      ) : !data ? (
        <QueryState error={query.error} />
      ) : (
        <>
          <p className="muted">
            {data.taskForce.name}: {t('meetings.count', { count: upcoming.length + past.length })}
          </p>
          {data.taskForce.viewerRights.includes('keepRecords') && (
            <p>
              <Link className="button-link" to={`/meetings/new?taskForce=${taskForceId}`}>
                {t('meetings.schedule')}
              </Link>
            </p>
          )}
          <h2>{t('meetings.upcoming')}</h2>
          <MeetingList rows={upcoming} empty={t('meetings.noneUpcoming')} />
          <h2>{t('meetings.past')}</h2>
          <MeetingList rows={past} empty={t('meetings.nonePast')} />
        </>
      )}
    </section>
  );
}
