import { personalCodeProblems } from '../components/personal-code';
import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { Field } from '../components/field';
import { SubmitError } from '../components/submit-error';
import { useSubmit } from '../components/use-submit';
import { vilniusParts } from '../i18n/format';
import { useWords } from '../i18n/use-language';
import { MeetingForm } from './meeting-form';
import { allows, MeetingPage, useMeetingRefresh } from './meeting-query';

const UPDATE = graphql(`
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      id
    }
  }
`);
const MARK_HELD = graphql(`
  mutation MarkMeetingHeld($input: MarkMeetingHeldInput!) {
    markMeetingHeld(input: $input) {
      id
    }
  }
`);
const CANCEL = graphql(`
  mutation CancelMeeting($input: CancelMeetingInput!) {
    cancelMeeting(input: $input) {
      id
    }
  }
`);

type Open = 'edit' | 'cancel' | null;

/** Edit, mark held, cancel with a reason: only what the viewer may do now. */
export function MeetingActions({ meeting }: { meeting: MeetingPage }) {
  const { t } = useWords();
  const refresh = useMeetingRefresh(meeting.id);
  const [open, setOpen] = useState<Open>(null);
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  const { id, version } = meeting;

  const markHeld = () =>
    submit.run(() => request(MARK_HELD, { input: { id, version } }).then(refresh));
  const cancel = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return submit.refuse({ reason: t('error.rule.REQUIRED') });
    const coded = personalCodeProblems(t, { reason });
    if (coded.reason) return submit.refuse(coded);
    const done = await submit.run(() =>
      request(CANCEL, { input: { id, version, reason: reason.trim() } }).then(refresh),
    );
    if (done) setOpen(null);
  };

  const start = vilniusParts(meeting.startsAt);
  const end = vilniusParts(meeting.endsAt);
  return (
    <div className="meeting-actions">
      <SubmitError state={submit} onReload={() => void refresh()} />
      <div className="actions">
        {allows(meeting, 'markMeetingHeld') && (
          <button type="button" onClick={() => void markHeld()} disabled={submit.busy}>
            {t('meeting.markHeld')}
          </button>
        )}
        {allows(meeting, 'updateMeeting') && (
          <button type="button" className="button--secondary" onClick={() => setOpen('edit')}>
            {t('meeting.edit')}
          </button>
        )}
        {allows(meeting, 'cancelMeeting') && (
          <button type="button" className="button--secondary" onClick={() => setOpen('cancel')}>
            {t('meeting.cancel')}
          </button>
        )}
      </div>
      {open === 'edit' && (
        <MeetingForm
          initial={{
            title: meeting.title,
            date: start.date,
            start: start.time,
            end: end.time,
            format: meeting.format,
            location: meeting.location ?? '',
            confidential: meeting.confidential,
          }}
          submitLabel={t('common.save')}
          onCancel={() => setOpen(null)}
          onSubmit={async (times) => {
            await request(UPDATE, {
              input: { ...times, location: times.location ?? undefined, id, version },
            });
            await refresh();
            setOpen(null);
          }}
        />
      )}
      {open === 'cancel' && (
        <form className="form" noValidate onSubmit={(e) => void cancel(e)}>
          <Field label={t('meeting.cancelReason')} error={submit.fields.reason}>
            {(p) => (
              <textarea
                {...p}
                rows={3}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </Field>
          <div className="actions">
            <button type="submit" className="button--danger" disabled={submit.busy}>
              {t('meeting.confirmCancel')}
            </button>
            <button type="button" className="button--secondary" onClick={() => setOpen(null)}>
              {t('common.back')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
