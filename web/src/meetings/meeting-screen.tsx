import { Link, useParams } from 'react-router';
import { PageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { formatDayOf, formatTime } from '../i18n/format';
import { useWords } from '../i18n/use-language';
import { AgendaSection } from './agenda-section';
import { AttendanceSection } from './attendance-section';
import { DecisionsSection } from './decisions-section';
import { MeetingActions } from './meeting-actions';
import { useMeeting } from './meeting-query';
import { MinutesSection } from './minutes-section';

/** One meeting: its facts and actions, agenda, attendance and quorum, decisions, minutes. */
export default function MeetingScreen() {
  const { id = '' } = useParams();
  const { t, language } = useWords();
  const query = useMeeting(id);
  const meeting = query.data?.meeting;
  if (!meeting) return <QueryState error={query.error} />;
  return (
    <article className="meeting">
      <p className="breadcrumb">
        <Link to={`/meetings?taskForce=${meeting.taskForce.id}`}>{meeting.taskForce.name}</Link>
      </p>
      <PageTitle>{`${t('meetings.numbered', { number: meeting.number })} – ${meeting.title}`}</PageTitle>
      <dl className="facts facts--wide">
        <div>
          <dt>{t('meetings.when')}</dt>
          <dd>
            {formatDayOf(meeting.startsAt, language)}, {formatTime(meeting.startsAt, language)}–
            {formatTime(meeting.endsAt, language)}
          </dd>
        </div>
        <div>
          <dt>{t('meetings.status')}</dt>
          <dd>{t(`enum.meetingStatus.${meeting.status}`)}</dd>
        </div>
        <div>
          <dt>{t('meeting.format')}</dt>
          <dd>{t(`enum.meetingFormat.${meeting.format}`)}</dd>
        </div>
        {meeting.location && (
          <div>
            <dt>{t('meeting.location')}</dt>
            <dd>{meeting.location}</dd>
          </div>
        )}
        {meeting.confidential && (
          <div>
            <dt>{t('meeting.confidentialShort')}</dt>
            <dd>{t('common.yes')}</dd>
          </div>
        )}
      </dl>
      {meeting.status === 'CANCELLED' && (
        <p className="notice notice--error">
          {t('meeting.cancelled', { reason: meeting.cancellationReason ?? '' })}
        </p>
      )}
      <MeetingActions meeting={meeting} />
      <AgendaSection meeting={meeting} />
      <AttendanceSection meeting={meeting} />
      <DecisionsSection meeting={meeting} />
      <MinutesSection meeting={meeting} />
    </article>
  );
}
