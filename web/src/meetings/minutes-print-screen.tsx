import { Link, useParams } from 'react-router';
import { QueryState } from '../components/query-state';
import { formatDateTime, formatDayOf, formatTime, vilniusParts } from '../i18n/format';
import { useWords } from '../i18n/use-language';
import { DecisionSummary } from './decision-summary';
import { useMeeting } from './meeting-query';
import { useMembersOn } from './members-on';

/** The minutes on A4: header, attendance, agenda, numbered decisions and the text. */
export default function MinutesPrintScreen() {
  const { id = '' } = useParams();
  const { t, language } = useWords();
  const query = useMeeting(id);
  const meeting = query.data?.meeting;
  const on = meeting ? vilniusParts(meeting.startsAt).date : '';
  const roster = useMembersOn(meeting?.taskForce.id, on);
  if (!meeting || !roster.data) return <QueryState error={query.error ?? roster.error} />;
  const status = new Map(meeting.attendance.map((a) => [a.personId, a.status]));
  const members = roster.data;
  return (
    <article className="print-page">
      <p className="no-print actions">
        <button type="button" onClick={() => window.print()}>
          {t('minutes.printButton')}
        </button>
        <Link to={`/meetings/${meeting.id}`}>{t('minutes.backToMeeting')}</Link>
      </p>
      <header className="print-header">
        <p>{meeting.taskForce.name}</p>
        <h1>{t('minutes.heading', { number: meeting.number })}</h1>
        <p>
          {meeting.title}
          <br />
          {formatDayOf(meeting.startsAt, language)}, {formatTime(meeting.startsAt, language)}–
          {formatTime(meeting.endsAt, language)}
          {meeting.location ? `, ${meeting.location}` : ''}
        </p>
        {meeting.minutesStatus !== 'APPROVED' && (
          <p className="draft-mark">{t('minutes.draftMark')}</p>
        )}
      </header>
      <h2>{t('minutes.attendance')}</h2>
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">{t('attendance.member')}</th>
            <th scope="col">{t('attendance.role')}</th>
            <th scope="col">{t('attendance.status')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => {
            const s = status.get(m.person.id);
            return (
              <tr key={m.id}>
                <td>
                  {m.person.fullName}
                  {m.person.institution ? `, ${m.person.institution.name}` : ''}
                </td>
                <td>{t(`enum.membershipRole.${m.role}`)}</td>
                <td>{s ? t(`enum.attendanceStatus.${s}`) : t('attendance.notMarked')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        {t(meeting.quorum.reached ? 'attendance.quorumReached' : 'attendance.quorumMissing', {
          required: meeting.quorum.required,
          attending: meeting.quorum.attending,
          voting: meeting.quorum.votingMembers,
        })}
      </p>
      {meeting.guests.length > 0 && (
        <p>
          {t('minutes.guests')}:{' '}
          {meeting.guests
            .map((g) => (g.institution ? `${g.fullName} (${g.institution})` : g.fullName))
            .join(', ')}
        </p>
      )}
      <h2>{t('minutes.agenda')}</h2>
      <ol>
        {meeting.agenda.map((a) => (
          <li key={a.id}>
            {a.title}
            {a.presenter ? ` (${a.presenter})` : ''}
          </li>
        ))}
      </ol>
      <h2>{t('minutes.decisions')}</h2>
      {meeting.decisions.length === 0 ? (
        <p>{t('decisions.none')}</p>
      ) : (
        meeting.decisions.map((d) => (
          <section key={d.id} className="print-decision">
            <DecisionSummary decision={d} />
          </section>
        ))
      )}
      <h2>{t('minutes.text')}</h2>
      <div className="pre-line">{meeting.minutes?.text ?? t('minutes.none')}</div>
      {meeting.minutes?.approvedAt && meeting.minutes.approvedBy && (
        <p className="print-approval">
          {t('minutes.approvedBy', {
            name: meeting.minutes.approvedBy.fullName,
            date: formatDateTime(meeting.minutes.approvedAt, language),
          })}
        </p>
      )}
    </article>
  );
}
