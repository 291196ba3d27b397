import { personalCodeProblems } from '../components/personal-code';
import { useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { SubmitError } from '../components/submit-error';
import { useSubmit } from '../components/use-submit';
import { parseFigure, vilniusToday } from '../i18n/format';
import { useWords } from '../i18n/use-language';
import { useSession } from '../session/session-context';
import { currentMemberships } from '../session/viewer';
import type { ActionItemPage } from './action-item-screen';
import { figureProblem } from './figure-check';

const POST_UPDATE = graphql(`
  mutation PostActionUpdate($input: PostActionUpdateInput!) {
    postActionUpdate(input: $input) {
      id
    }
  }
`);

const KEEPERS = ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARY'];
/** A progress report moves an item forward; moving it back is the record keepers' edit. */
const FORWARD: Record<string, string[]> = {
  OPEN: ['IN_PROGRESS', 'DONE', 'CANCELLED'],
  IN_PROGRESS: ['DONE', 'CANCELLED'],
};

type Errors = Record<string, string>;

/** Post progress with an optional status change and indicator figures, checked before sending. */
export function ProgressForm({ item }: { item: ActionItemPage }) {
  const { t } = useWords();
  const { viewer } = useSession();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const [figures, setFigures] = useState<Record<string, string>>({});
  const submit = useSubmit();
  const [sentOk, setSentOk] = useState(false);

  const keeper = viewer
    ? currentMemberships(viewer, vilniusToday()).some(
        (m) => m.taskForce.id === item.taskForce.id && KEEPERS.includes(m.role),
      )
    : false;
  if (!viewer || (viewer.person.id !== item.assigneeId && !keeper)) return null;
  const moves = FORWARD[item.status];
  if (!moves) return <Notice tone="info">{t('item.closed')}</Notice>;
  const indicators = item.measures.flatMap((m) => m.indicators).filter((i) => !i.closedOn);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setSentOk(false);
    const found: Errors = {};
    if (!text.trim()) found.text = t('error.rule.REQUIRED');
    Object.assign(found, personalCodeProblems(t, { text }));
    const sent = indicators.filter((i) => (figures[i.id] ?? '').trim() !== '');
    for (const indicator of sent) {
      const problem = figureProblem(figures[indicator.id], indicator);
      if (problem) found[indicator.id] = t(problem.key, problem.values);
    }
    if (Object.keys(found).length) return submit.refuse(found);
    const input = {
      actionItemId: item.id,
      text: text.trim(),
      status: status ? (status as ActionItemPage['status']) : undefined,
      contributions: sent.map((i) => ({ indicatorId: i.id, value: parseFigure(figures[i.id])! })),
    };
    // A refused figure is shown beside its indicator: `contributions.2.value` is the third sent.
    const fieldOf = (name: string) => {
      const index = /^contributions\.(\d+)/.exec(name);
      return index ? (sent[Number(index[1])]?.id ?? name) : name;
    };
    const done = await submit.run(async () => {
      await request(POST_UPDATE, { input });
      await queryClient.invalidateQueries({ queryKey: ['actionItem', item.id] });
      await queryClient.invalidateQueries({ queryKey: ['myActionItems'] });
    }, fieldOf);
    if (done) {
      setText('');
      setStatus('');
      setFigures({});
      setSentOk(true);
    }
  };

  return (
    <section>
      <h2>{t('item.postTitle')}</h2>
      {sentOk && <Notice tone="success">{t('item.sent')}</Notice>}
      <SubmitError state={submit} />
      <form className="form" noValidate onSubmit={(e) => void send(e)}>
        <Field label={t('item.text')} error={submit.fields.text}>
          {(p) => (
            <textarea {...p} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
          )}
        </Field>
        <Field label={t('item.newStatus')} error={submit.fields.status}>
          {(p) => (
            <select {...p} value={status} onChange={(e) => setStatus(e.target.value)}>
              <option value="">
                {t('item.keepStatus', { status: t(`enum.actionItemStatus.${item.status}`) })}
              </option>
              {moves.map((s) => (
                <option key={s} value={s}>
                  {t(`enum.actionItemStatus.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {indicators.length > 0 && (
          <fieldset>
            <legend>{t('item.figures')}</legend>
            {indicators.map((i) => (
              <Field
                key={i.id}
                label={`${i.name} (${i.unit})`}
                hint={[
                  t(i.wholeNumbers ? 'item.wholeHint' : 'item.decimalHint'),
                  i.maxValue !== null ? t('item.maxHint', { max: i.maxValue }) : null,
                ]
                  .filter(Boolean)
                  .join(', ')}
                error={submit.fields[i.id]}
              >
                {(p) => (
                  <input
                    {...p}
                    inputMode={i.wholeNumbers ? 'numeric' : 'decimal'}
                    value={figures[i.id] ?? ''}
                    onChange={(e) => setFigures({ ...figures, [i.id]: e.target.value })}
                  />
                )}
              </Field>
            ))}
          </fieldset>
        )}
        <button type="submit" disabled={submit.busy}>
          {t('item.send')}
        </button>
      </form>
    </section>
  );
}
