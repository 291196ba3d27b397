import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { Field } from '../components/field';
import { personalCodeProblems } from '../components/personal-code';
import { SubmitError } from '../components/submit-error';
import { useSubmit } from '../components/use-submit';
import { useWords } from '../i18n/use-language';
import { MeasurePicker, PlanMeasureChoice } from './measure-picker';
import { MeetingPage, useMeetingRefresh } from './meeting-query';

const UPDATE = graphql(`
  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {
    updateAgendaItem(input: $input) {
      id
    }
  }
`);

type AgendaItem = MeetingPage['agenda'][number];

/** Edits an agenda item: its wording, presenter, what was said, and its plan measures. */
export function AgendaItemEditor({
  meetingId,
  item,
  onDone,
}: {
  meetingId: string;
  item: AgendaItem;
  onDone: () => void;
}) {
  const { t } = useWords();
  const refresh = useMeetingRefresh(meetingId);
  const submit = useSubmit();
  const [title, setTitle] = useState(item.title);
  const [presenter, setPresenter] = useState(item.presenter ?? '');
  const [summary, setSummary] = useState(item.discussionSummary ?? '');
  const [measures, setMeasures] = useState<PlanMeasureChoice[]>(item.measures);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const problems = personalCodeProblems(t, { title, presenter, discussionSummary: summary });
    if (!title.trim()) problems.title = t('error.rule.REQUIRED');
    if (Object.keys(problems).length) return submit.refuse(problems);
    const input = {
      id: item.id,
      version: item.version,
      title: title.trim(),
      presenter: presenter.trim() || undefined,
      discussionSummary: summary.trim() || undefined,
      measureIds: measures.map((m) => m.id),
    };
    if (await submit.run(() => request(UPDATE, { input }).then(refresh))) onDone();
  };

  return (
    <form className="form subform" noValidate onSubmit={(e) => void save(e)}>
      <SubmitError state={submit} onReload={() => void refresh()} />
      <Field label={t('agenda.itemTitle')} error={submit.fields.title}>
        {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t('agenda.presenter')} error={submit.fields.presenter}>
        {(p) => <input {...p} value={presenter} onChange={(e) => setPresenter(e.target.value)} />}
      </Field>
      <Field label={t('agenda.summary')} error={submit.fields.discussionSummary}>
        {(p) => (
          <textarea {...p} rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />
        )}
      </Field>
      <MeasurePicker selected={measures} onChange={setMeasures} />
      <div className="actions">
        <button type="submit" disabled={submit.busy}>
          {t('common.save')}
        </button>
        <button type="button" className="button--secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
