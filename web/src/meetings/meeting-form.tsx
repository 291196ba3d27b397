import { personalCodeProblems } from '../components/personal-code';
import { FormEvent, useState } from 'react';
import { Field } from '../components/field';
import { SubmitError } from '../components/submit-error';
import { useSubmit } from '../components/use-submit';
import { vilniusDateTime } from '../i18n/format';
import { useWords } from '../i18n/use-language';

export interface MeetingDraft {
  title: string;
  date: string;
  start: string;
  end: string;
  format: string;
  location: string;
  confidential: boolean;
}

export interface MeetingTimes {
  title: string;
  startsAt: string;
  endsAt: string;
  format: 'IN_PERSON' | 'REMOTE' | 'HYBRID';
  location: string | null;
  confidential: boolean;
}

const FORMATS = ['IN_PERSON', 'REMOTE', 'HYBRID'] as const;

/** Schedules or edits a meeting: Vilnius date and times, format, place, confidentiality. */
export function MeetingForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: MeetingDraft;
  submitLabel: string;
  onSubmit: (times: MeetingTimes) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useWords();
  const [draft, setDraft] = useState(initial);
  const submit = useSubmit();
  const set = (patch: Partial<MeetingDraft>) => setDraft({ ...draft, ...patch });
  const error = (field: string) => submit.fields[field];

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!draft.title.trim()) missing.title = t('error.rule.REQUIRED');
    if (!draft.date) missing.startsAt = t('error.rule.REQUIRED');
    if (draft.start && draft.end && draft.end <= draft.start)
      missing.endsAt = t('error.rule.DATE_ORDER');
    Object.assign(
      missing,
      personalCodeProblems(t, { title: draft.title, location: draft.location }),
    );
    if (Object.keys(missing).length) return submit.refuse(missing);
    await submit.run(() =>
      onSubmit({
        title: draft.title.trim(),
        startsAt: vilniusDateTime(draft.date, draft.start),
        endsAt: vilniusDateTime(draft.date, draft.end),
        format: draft.format as MeetingTimes['format'],
        location: draft.location.trim() || null,
        confidential: draft.confidential,
      }),
    );
  };

  return (
    <form className="form" noValidate onSubmit={(e) => void send(e)}>
      <SubmitError state={submit} />
      <Field label={t('meeting.titleField')} error={error('title')}>
        {(p) => (
          <input {...p} value={draft.title} onChange={(e) => set({ title: e.target.value })} />
        )}
      </Field>
      <Field label={t('meeting.date')} error={error('startsAt')}>
        {(p) => (
          <input
            {...p}
            type="date"
            value={draft.date}
            onChange={(e) => set({ date: e.target.value })}
          />
        )}
      </Field>
      <div className="form-row">
        <Field label={t('meeting.start')}>
          {(p) => (
            <input
              {...p}
              type="time"
              value={draft.start}
              onChange={(e) => set({ start: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('meeting.end')} error={error('endsAt')}>
          {(p) => (
            <input
              {...p}
              type="time"
              value={draft.end}
              onChange={(e) => set({ end: e.target.value })}
            />
          )}
        </Field>
      </div>
      <Field label={t('meeting.format')}>
        {(p) => (
          <select {...p} value={draft.format} onChange={(e) => set({ format: e.target.value })}>
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`enum.meetingFormat.${f}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('meeting.location')} error={error('location')}>
        {(p) => (
          <input
            {...p}
            value={draft.location}
            onChange={(e) => set({ location: e.target.value })}
          />
        )}
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.confidential}
          onChange={(e) => set({ confidential: e.target.checked })}
        />
        {t('meeting.confidential')}
      </label>
      <div className="actions">
        <button type="submit" disabled={submit.busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
