import { personalCodeProblems } from '../components/personal-code';
import { DragEvent, FormEvent, useState } from 'react';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { Field } from '../components/field';
import { SubmitError } from '../components/submit-error';
import { useSubmit } from '../components/use-submit';
import { useWords } from '../i18n/use-language';
import { AgendaItemEditor } from './agenda-item-editor';
import { MeasurePicker, PlanMeasureChoice } from './measure-picker';
import { allows, MeetingPage, useMeetingRefresh } from './meeting-query';

const ADD = graphql(`
  mutation AddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      id
    }
  }
`);
const REMOVE = graphql(`
  mutation RemoveAgendaItem($input: RemoveAgendaItemInput!) {
    removeAgendaItem(input: $input) {
      id
    }
  }
`);
const REORDER = graphql(`
  mutation ReorderAgenda($input: ReorderAgendaInput!) {
    reorderAgenda(input: $input) {
      id
    }
  }
`);

/** The agenda: add, remove, and reorder with buttons or by dragging; measures by search. */
export function AgendaSection({ meeting }: { meeting: MeetingPage }) {
  const { t } = useWords();
  const refresh = useMeetingRefresh(meeting.id);
  const submit = useSubmit();
  const [title, setTitle] = useState('');
  const [presenter, setPresenter] = useState('');
  const [measures, setMeasures] = useState<PlanMeasureChoice[]>([]);
  // A new round of the form starts the measure search afresh.
  const [round, setRound] = useState(0);
  const [dragged, setDragged] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const items = meeting.agenda; // in agenda order, as the server lists it
  const editable = allows(meeting, 'addAgendaItem');

  const reorder = (ids: string[]) =>
    submit.run(() =>
      request(REORDER, { input: { meetingId: meeting.id, itemIds: ids } }).then(refresh),
    );
  const move = (index: number, by: number) => {
    const ids = items.map((i) => i.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id);
    return reorder(ids);
  };
  const drop = (event: DragEvent, target: string) => {
    event.preventDefault();
    if (!dragged || dragged === target) return;
    const ids = items.map((i) => i.id).filter((id) => id !== dragged);
    ids.splice(ids.indexOf(target), 0, dragged);
    setDragged(null);
    void reorder(ids);
  };
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return submit.refuse({ title: t('error.rule.REQUIRED') });
    const coded = personalCodeProblems(t, { title, presenter });
    if (Object.keys(coded).length) return submit.refuse(coded);
    const input = {
      meetingId: meeting.id,
      title: title.trim(),
      presenter: presenter.trim() || undefined,
      measureIds: measures.map((m) => m.id),
    };
    if (await submit.run(() => request(ADD, { input }).then(refresh))) {
      setTitle('');
      setPresenter('');
      setMeasures([]);
      setRound(round + 1);
    }
  };

  return (
    <section aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('agenda.title')}</h2>
      <SubmitError state={submit} onReload={() => void refresh()} />
      {items.length === 0 ? (
        <p>{t('agenda.none')}</p>
      ) : (
        <ol className="agenda">
          {items.map((item, index) => (
            <li
              key={item.id}
              draggable={editable}
              onDragStart={() => setDragged(item.id)}
              onDragOver={(e) => editable && e.preventDefault()}
              onDrop={(e) => drop(e, item.id)}
            >
              <div>
                <strong>{item.title}</strong>
                {item.presenter && <span className="muted"> – {item.presenter}</span>}
                {item.measures.length > 0 && (
                  <p className="muted">
                    {t('agenda.measures')}: {item.measures.map((m) => m.code).join(', ')}
                  </p>
                )}
                {item.discussionSummary && <p className="pre-line">{item.discussionSummary}</p>}
              </div>
              {editing === item.id && (
                <AgendaItemEditor
                  meetingId={meeting.id}
                  item={item}
                  onDone={() => setEditing(null)}
                />
              )}
              {editable && editing !== item.id && (
                <div className="actions actions--small">
                  <button
                    type="button"
                    className="button--small button--secondary"
                    aria-label={t('agenda.edit', { title: item.title })}
                    onClick={() => setEditing(item.id)}
                  >
                    {t('meeting.edit')}
                  </button>
                  <button
                    type="button"
                    className="button--small"
                    disabled={index === 0 || submit.busy}
                    aria-label={t('agenda.up', { title: item.title })}
                    onClick={() => void move(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button--small"
                    disabled={index === items.length - 1 || submit.busy}
                    aria-label={t('agenda.down', { title: item.title })}
                    onClick={() => void move(index, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button--small button--secondary"
                    aria-label={t('agenda.remove', { title: item.title })}
                    onClick={() =>
                      void submit.run(() =>
                        request(REMOVE, { input: { id: item.id, version: item.version } }).then(
                          refresh,
                        ),
                      )
                    }
                  >
                    {t('common.remove')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {editable && (
        <form className="form" noValidate onSubmit={(e) => void add(e)}>
          <h3>{t('agenda.add')}</h3>
          <Field label={t('agenda.itemTitle')} error={submit.fields.title}>
            {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
          </Field>
          <Field label={t('agenda.presenter')} error={submit.fields.presenter}>
            {(p) => (
              <input {...p} value={presenter} onChange={(e) => setPresenter(e.target.value)} />
            )}
          </Field>
          <MeasurePicker key={round} selected={measures} onChange={setMeasures} />
          <button type="submit" disabled={submit.busy}>
            {t('agenda.addButton')}
          </button>
        </form>
      )}
    </section>
  );
}
