import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { Field } from '../components/field';
import { PageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { formatDate, vilniusToday } from '../i18n/format';
import { useWords } from '../i18n/use-language';
import { useSession } from '../session/session-context';
import { isNational } from '../session/viewer';
import { byFullName } from '../meetings/members-on';
import { CalendarSection } from './calendar-section';
import { OversightSection } from './oversight-section';

const TASK_FORCE = graphql(`
  query TaskForcePage($id: ID!, $on: LocalDate!) {
    taskForce(id: $id) {
      id
      name
      status
      viewerRights
      quorumRule
      establishedOn
      establishingAct
      municipality {
        id
        name
      }
      members(on: $on) {
        id
        role
        validFrom
        validTo
        person {
          id
          fullName
          position
          institution {
            id
            name
          }
        }
      }
    }
  }
`);

/** A task force: its roster on any date, links to its meetings and items, the calendar feed. */
export default function TaskForceScreen() {
  const { id = '' } = useParams();
  const { t, language } = useWords();
  const { viewer } = useSession();
  const [on, setOn] = useState(vilniusToday());
  const query = useQuery({
    queryKey: ['taskForcePage', id, on],
    queryFn: () => request(TASK_FORCE, { id, on }),
    placeholderData: (previous) => previous,
  });
  const tf = query.data?.taskForce;
  if (!tf) return <QueryState error={query.error} />;
  return (
    <article>
      <PageTitle>{tf.name}</PageTitle>
      <dl className="facts facts--wide">
        <div>
          <dt>{t('taskForces.municipality')}</dt>
          <dd>{tf.municipality.name}</dd>
        </div>
        <div>
          <dt>{t('taskForces.established')}</dt>
          <dd>
            {formatDate(tf.establishedOn, language)}
            {tf.establishingAct ? ` (${tf.establishingAct})` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('taskForces.quorumRule')}</dt>
          <dd>{t(`taskForces.quorum.${tf.quorumRule}`)}</dd>
        </div>
        {tf.status === 'DISSOLVED' && (
          <div>
            <dt>{t('meetings.status')}</dt>
            <dd>{t('taskForces.dissolved')}</dd>
          </div>
        )}
      </dl>
      <p className="actions">
        <Link to={`/meetings?taskForce=${tf.id}`}>{t('nav.meetings')}</Link>
        <Link to={`/task-forces/${tf.id}/items`}>{t('taskForces.items')}</Link>
      </p>
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t('taskForces.members')}</h2>
        <div className="toolbar">
          <Field label={t('taskForces.membersOn')}>
            {(p) => (
              <input
                {...p}
                type="date"
                value={on}
                onChange={(e) => e.target.value && setOn(e.target.value)}
              />
            )}
          </Field>
          <p className="muted" role="status">
            {t('taskForces.memberCount', { count: tf.members.length })}
          </p>
        </div>
        <div
          className="table-scroll"
          role="region"
          aria-label={t('taskForces.members')}
          tabIndex={0}
        >
          <table>
            <thead>
              <tr>
                <th scope="col">{t('attendance.member')}</th>
                <th scope="col">{t('taskForces.institution')}</th>
                <th scope="col">{t('attendance.role')}</th>
                <th scope="col">{t('taskForces.since')}</th>
                <th scope="col">{t('taskForces.until')}</th>
              </tr>
            </thead>
            <tbody>
              {[...tf.members].sort(byFullName).map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    {m.person.fullName}
                    {m.person.position && <span className="muted block">{m.person.position}</span>}
                  </th>
                  <td>{m.person.institution?.name ?? ''}</td>
                  <td>{t(`enum.membershipRole.${m.role}`)}</td>
                  <td>{formatDate(m.validFrom, language)}</td>
                  <td>{m.validTo ? formatDate(m.validTo, language) : t('taskForces.open')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {(tf.viewerRights.includes('askFollowUp') || isNational(viewer!)) && (
        <OversightSection taskForceId={tf.id} canAsk={tf.viewerRights.includes('askFollowUp')} />
      )}
      <CalendarSection />
    </article>
  );
}
