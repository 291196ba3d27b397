import { personalCodeProblems } from '../components/personal-code';
import { useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { SubmitError } from '../components/submit-error';
import { useSubmit } from '../components/use-submit';
import { vilniusToday } from '../i18n/format';
import { useWords } from '../i18n/use-language';
import { MeasurePicker, PlanMeasureChoice } from './measure-picker';
import type { MeetingPage } from './meeting-query';
import { useMembersOn } from './members-on';

const CREATE = graphql(`
  mutation CreateActionItem($input: CreateActionItemInput!) {
    createActionItem(input: $input) {
      id
      title
    }
  }
`);

type Decision = MeetingPage['decisions'][number];

/** An action item that carries out a decision: a current member, a due date, plan measures. */
export function ActionItemFromDecision({
  meeting,
  decision,
  onDone,
}: {
  meeting: MeetingPage;
  decision: Decision;
  onDone: () => void;
}) {
  const { t } = useWords();
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const today = vilniusToday();
  const members = useMembersOn(meeting.taskForce.id, today);
  const [title, setTitle] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [description, setDescription] = useState('');
  const [measures, setMeasures] = useState<PlanMeasureChoice[]>(decision.measures);
  const [created, setCreated] = useState<{ id: string; title: string } | null>(null);
  // Observers follow the work but are not given any (the API refuses them too).
  const assignees = members.data?.filter((m) => m.role !== 'OBSERVER') ?? [];

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!title.trim()) problems.title = t('error.rule.REQUIRED');
    if (!assigneeId) problems.assigneeId = t('error.rule.REQUIRED');
    if (!dueDate) problems.dueDate = t('error.rule.REQUIRED');
    if (!measures.length) problems.measureIds = t('items.needMeasure');
    Object.assign(problems, personalCodeProblems(t, { title, description }));
    if (Object.keys(problems).length) return submit.refuse(problems);
    await submit.run(async () => {
      const { createActionItem } = await request(CREATE, {
        input: {
          taskForceId: meeting.taskForce.id,
          originDecisionId: decision.id,
          title: title.trim(),
          assigneeId,
          dueDate,
          description: description.trim() || undefined,
          measureIds: measures.map((m) => m.id),
        },
      });
      setCreated(createActionItem);
      await queryClient.invalidateQueries({ queryKey: ['taskForceItems'] });
    });
  };

  if (created) {
    return (
      <Notice tone="success">
        {t('items.created')} <Link to={`/items/${created.id}`}>{created.title}</Link>{' '}
        <button type="button" className="button--small button--secondary" onClick={onDone}>
          {t('common.close')}
        </button>
      </Notice>
    );
  }
  return (
    <form className="form subform" noValidate onSubmit={(e) => void send(e)}>
      <h4>{t('decisions.createItemFor', { number: decision.number })}</h4>
      <SubmitError state={submit} />
      <Field label={t('items.itemTitle')} error={submit.fields.title}>
        {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t('item.assignee')} error={submit.fields.assigneeId}>
        {(p) => (
          <select {...p} value={assigneeId} onChange={(e) => setAssigneeId(e.target.value)}>
            <option value="">{t('items.chooseAssignee')}</option>
            {assignees.map((m) => (
              <option key={m.id} value={m.person.id}>
                {m.person.fullName} ({t(`enum.membershipRole.${m.role}`)})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('items.due')} error={submit.fields.dueDate}>
        {(p) => (
          <input
            {...p}
            type="date"
            min={today}
            value={dueDate}
            onChange={(e) => setDueDate(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('item.description')} error={submit.fields.description}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      {submit.fields.measureIds && <p className="field__error">{submit.fields.measureIds}</p>}
      <MeasurePicker selected={measures} onChange={setMeasures} />
      <div className="actions">
        <button type="submit" disabled={submit.busy}>
          {t('items.create')}
        </button>
        <button type="button" className="button--secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
