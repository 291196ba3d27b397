import { useQuery } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { Field } from '../components/field';
import { formatDayOf, vilniusParts } from '../i18n/format';
import { useWords } from '../i18n/use-language';
import type { MeetingPage } from './meeting-query';

const LATER = graphql(`
  query LaterMeetings($taskForceId: ID!, $from: LocalDate!) {
    meetings(taskForceId: $taskForceId, from: $from, order: STARTS_AT_ASC, first: 50) {
      edges {
        node {
          id
          number
          title
          startsAt
          status
          minutesStatus
        }
      }
    }
  }
`);

type Decision = MeetingPage['decisions'][number];

/**
 * A correction of a decision is a new decision at a later meeting that amends it: this picks
 * that meeting and opens its decision form with the amendment filled in.
 */
export function AmendDecision({
  meeting,
  decision,
  onDone,
}: {
  meeting: MeetingPage;
  decision: Decision;
  onDone: () => void;
}) {
  const { t, language } = useWords();
  const navigate = useNavigate();
  const from = vilniusParts(meeting.startsAt).date;
  const later = useQuery({
    queryKey: ['laterMeetings', meeting.taskForce.id, from],
    queryFn: () => request(LATER, { taskForceId: meeting.taskForce.id, from }),
  });
  // Meetings whose record can still take a decision; the server has the last word.
  const open = (later.data?.meetings.edges ?? [])
    .map((e) => e.node)
    .filter(
      (m) => m.id !== meeting.id && m.status !== 'CANCELLED' && m.minutesStatus !== 'APPROVED',
    );
  const [target, setTarget] = useState('');
  const go = (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    const params = new URLSearchParams({ amends: decision.id, amendsNumber: decision.number });
    navigate(`/meetings/${target}?${params}#decisions-heading`);
  };
  return (
    <form className="form subform" onSubmit={go}>
      {open.length === 0 ? (
        <p>{t('decisions.noLaterMeeting')}</p>
      ) : (
        <Field label={t('decisions.amendAt')}>
          {(p) => (
            <select {...p} value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value="">{t('decisions.chooseMeeting')}</option>
              {open.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.number} – {m.title} ({formatDayOf(m.startsAt, language)})
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <div className="actions">
        {open.length > 0 && <button type="submit">{t('decisions.continue')}</button>}
        <button type="button" className="button--secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
