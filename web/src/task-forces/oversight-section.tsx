import { personalCodeProblems } from '../components/personal-code';
import { useQuery } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { SubmitError } from '../components/submit-error';
import { useSubmit } from '../components/use-submit';
import { formatDate, formatNumber, vilniusToday } from '../i18n/format';
import { useWords } from '../i18n/use-language';
import { RatingBadge, useReasonText } from '../screens/rating-words';

const OVERSIGHT = graphql(`
  query TaskForceOversight($taskForceId: ID!) {
    statusOverview {
      rows {
        rating
        ratingReasons {
          code
          level
          actual
          threshold
          count
          total
        }
        taskForce {
          id
        }
      }
    }
    preventionActivities(taskForceId: $taskForceId, first: 10) {
      totalCount
      edges {
        node {
          id
          date
          title
          kind
          targetGroup
          participants
        }
      }
    }
  }
`);

const ASK = graphql(`
  mutation CreateFollowUpRequest($input: CreateFollowUpRequestInput!) {
    createFollowUpRequest(input: $input) {
      id
    }
  }
`);

/** For the Commission and the Ministry: the rating and its reasons, activities, a question. */
export function OversightSection({
  taskForceId,
  canAsk,
}: {
  taskForceId: string;
  canAsk: boolean;
}) {
  const { t, language } = useWords();
  const reasonText = useReasonText();
  const query = useQuery({
    queryKey: ['taskForceOversight', taskForceId],
    queryFn: () => request(OVERSIGHT, { taskForceId }),
  });
  const submit = useSubmit();
  const [question, setQuestion] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [sent, setSent] = useState(false);
  const row = query.data?.statusOverview.rows.find((r) => r.taskForce.id === taskForceId);
  const activities = query.data?.preventionActivities;

  const ask = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!question.trim()) problems.question = t('error.rule.REQUIRED');
    if (!dueDate) problems.dueDate = t('error.rule.REQUIRED');
    Object.assign(problems, personalCodeProblems(t, { question }));
    if (Object.keys(problems).length) return submit.refuse(problems);
    const input = { taskForceId, question: question.trim(), dueDate };
    if (await submit.run(() => request(ASK, { input }))) {
      setQuestion('');
      setDueDate('');
      setSent(true);
    }
  };

  return (
    <section aria-labelledby="oversight-heading">
      <h2 id="oversight-heading">{t('oversight.title')}</h2>
      {row && (
        <>
          <p>
            {t('overview.rating')}: <RatingBadge rating={row.rating} />
          </p>
          <ul>
            {row.ratingReasons.map((r) => (
              <li key={r.code}>{reasonText(r)}</li>
            ))}
          </ul>
        </>
      )}
      {activities && (
        <>
          <h3>{t('oversight.activities', { count: activities.totalCount })}</h3>
          <ul className="plain">
            {activities.edges.map(({ node: a }) => (
              <li key={a.id}>
                {formatDate(a.date, language)} – {a.title} ({t(`enum.activityKind.${a.kind}`)},{' '}
                {t(`enum.targetGroup.${a.targetGroup}`)};{' '}
                {t('oversight.participants', { value: formatNumber(a.participants, language) })})
              </li>
            ))}
          </ul>
        </>
      )}
      {canAsk && (
        <form className="form" noValidate onSubmit={(e) => void ask(e)}>
          <h3>{t('oversight.ask')}</h3>
          {sent && <Notice tone="success">{t('oversight.sent')}</Notice>}
          <SubmitError state={submit} />
          <Field label={t('oversight.question')} error={submit.fields.question}>
            {(p) => (
              <textarea
                {...p}
                rows={4}
                value={question}
                onChange={(e) => setQuestion(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('oversight.dueDate')} error={submit.fields.dueDate}>
            {(p) => (
              <input
                {...p}
                type="date"
                min={vilniusToday()}
                value={dueDate}
                onChange={(e) => setDueDate(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" disabled={submit.busy}>
            {t('oversight.send')}
          </button>
        </form>
      )}
    </section>
  );
}
