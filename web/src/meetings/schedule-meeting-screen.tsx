import { useNavigate, useSearchParams } from 'react-router';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { PageTitle } from '../components/page-title';
import { vilniusToday } from '../i18n/format';
import { useWords } from '../i18n/use-language';
import { MeetingForm } from './meeting-form';

const SCHEDULE = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      id
    }
  }
`);

/** A record keeper schedules a meeting of their task force; it opens on its page. */
export default function ScheduleMeetingScreen() {
  const { t } = useWords();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const taskForceId = params.get('taskForce') ?? '';
  const initial = {
    title: '',
    date: vilniusToday(),
    start: '10:00',
    end: '12:00',
    format: 'IN_PERSON',
    location: '',
    confidential: false,
  };
  return (
    <section className="narrow">
      <PageTitle>{t('meetings.schedule')}</PageTitle>
      <MeetingForm
        initial={initial}
        submitLabel={t('meetings.schedule')}
        onSubmit={async (times) => {
          const { scheduleMeeting } = await request(SCHEDULE, { input: { ...times, taskForceId } });
          navigate(`/meetings/${scheduleMeeting.id}`);
        }}
        onCancel={() => navigate(`/meetings?taskForce=${taskForceId}`)}
      />
    </section>
  );
}
