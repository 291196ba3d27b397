import { personalCodeProblems } from '../components/personal-code';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { SubmitError } from '../components/submit-error';
import { useSubmit } from '../components/use-submit';
import { formatDateTime, vilniusParts } from '../i18n/format';
import { useWords } from '../i18n/use-language';
import { allows, MeetingPage, useMeetingRefresh } from './meeting-query';
import { useMembersOn } from './members-on';
import { dropLocalDraft, keepLocalDraft, minutesFromRecord, readLocalDraft } from './minutes-draft';

const SAVE = graphql(`
  mutation SaveMinutes($input: SaveMinutesInput!) {
    saveMinutes(input: $input) {
      id
      version
    }
  }
`);
const APPROVE = graphql(`
  mutation ApproveMinutes($input: ApproveMinutesInput!) {
    approveMinutes(input: $input) {
      id
    }
  }
`);
/** The minutes: a draft editor that never loses text, approval, and then the final text. */
export function MinutesSection({ meeting }: { meeting: MeetingPage }) {
  const { t, language } = useWords();
  const refresh = useMeetingRefresh(meeting.id);
  const submit = useSubmit();
  const saved = meeting.minutes?.text ?? '';
  const local = readLocalDraft(meeting.id);
  const [text, setText] = useState(local ?? saved);
  const restored = local !== null && local !== saved;
  const dirty = text !== saved;
  const editable = allows(meeting, 'saveMinutes');
  const on = vilniusParts(meeting.startsAt).date;
  const names = useMembersOn(meeting.taskForce.id, on, editable);

  useEffect(() => {
    if (!dirty || !editable) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, editable]);

  const change = (value: string) => {
    setText(value);
    keepLocalDraft(meeting.id, value);
  };
  const fromRecord = () => {
    const people = new Map((names.data ?? []).map((m) => [m.person.id, m.person.fullName]));
    change(minutesFromRecord(meeting, people, t, language));
  };
  const save = () => {
    const coded = personalCodeProblems(t, { text });
    if (coded.text) return submit.refuse(coded);
    return submit.run(async () => {
      const input = { meetingId: meeting.id, text, version: meeting.minutes?.version };
      await request(SAVE, { input });
      dropLocalDraft(meeting.id);
      await refresh();
    });
  };
  const approve = () =>
    submit.run(() =>
      request(APPROVE, {
        input: { meetingId: meeting.id, version: meeting.minutes!.version },
      }).then(refresh),
    );

  const minutes = meeting.minutes;
  return (
    <section aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">{t('minutes.title')}</h2>
      <p>
        {t('minutes.status')}: <strong>{t(`enum.minutesStatus.${meeting.minutesStatus}`)}</strong>
        {minutes?.approvedAt && minutes.approvedBy && (
          <>
            {' '}
            {t('minutes.approvedBy', {
              name: minutes.approvedBy.fullName,
              date: formatDateTime(minutes.approvedAt, language),
            })}
          </>
        )}
      </p>
      {meeting.minutesStatus === 'APPROVED' && <Notice tone="info">{t('minutes.final')}</Notice>}
      <SubmitError state={submit} onReload={() => void refresh()} />
      {editable ? (
        <div className="form">
          {restored && <Notice tone="info">{t('minutes.restored')}</Notice>}
          <Field
            label={t('minutes.text')}
            hint={dirty ? t('minutes.unsaved') : t('minutes.savedHint')}
            error={submit.fields.text}
          >
            {(p) => (
              <textarea {...p} rows={18} value={text} onChange={(e) => change(e.target.value)} />
            )}
          </Field>
          <div className="actions">
            <button type="button" onClick={() => void save()} disabled={submit.busy || !dirty}>
              {t('minutes.save')}
            </button>
            <button
              type="button"
              className="button--secondary"
              onClick={fromRecord}
              disabled={!names.data}
            >
              {t('minutes.fromRecord')}
            </button>
          </div>
        </div>
      ) : minutes ? (
        <div className="minutes-text pre-line">{minutes.text}</div>
      ) : (
        <p>{t('minutes.none')}</p>
      )}
      {allows(meeting, 'approveMinutes') && (
        <div className="actions">
          <button type="button" onClick={() => void approve()} disabled={submit.busy || dirty}>
            {t('minutes.approve')}
          </button>
        </div>
      )}
      {minutes && (
        <p>
          <Link to={`/meetings/${meeting.id}/print`}>{t('minutes.print')}</Link>
        </p>
      )}
    </section>
  );
}
