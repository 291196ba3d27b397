import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { request } from '../api/client';
import { graphql, ResultOf } from '../api/graphql';
import { PageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { formatDate, formatDateTime, formatDayOf, formatNumber } from '../i18n/format';
import { useWords } from '../i18n/use-language';
import { ProgressForm } from './progress-form';

const ACTION_ITEM = graphql(`
  query ActionItemPage($id: ID!) {
    actionItem(id: $id) {
      id
      title
      description
      status
      dueDate
      overdue
      assigneeId
      assignee {
        id
        fullName
      }
      taskForce {
        id
        name
      }
      originDecision {
        id
        number
        kind
        text
      }
      originMeeting {
        id
        number
        title
        startsAt
      }
      measures {
        id
        code
        title
        indicators {
          id
          name
          unit
          wholeNumbers
          maxValue
          closedOn
        }
      }
      updates {
        id
        sequence
        text
        createdAt
        statusFrom
        statusTo
        author {
          id
          fullName
        }
        contributions {
          id
          value
          indicator {
            id
            name
            unit
          }
        }
      }
    }
  }
`);

export type ActionItemPage = ResultOf<typeof ACTION_ITEM>['actionItem'];

/** One item: where it came from, the plan measures it serves, its history, and progress. */
export default function ActionItemScreen() {
  const { id = '' } = useParams();
  const { t, language } = useWords();
  const query = useQuery({
    queryKey: ['actionItem', id],
    queryFn: () => request(ACTION_ITEM, { id }),
  });
  const item = query.data?.actionItem;
  if (!item) return <QueryState error={query.error} />;
  const history = [...item.updates].sort((a, b) => b.sequence - a.sequence);
  return (
    <article>
      <PageTitle>{item.title}</PageTitle>
      <dl className="facts facts--wide">
        <div>
          <dt>{t('items.status')}</dt>
          <dd>{t(`enum.actionItemStatus.${item.status}`)}</dd>
        </div>
        <div>
          <dt>{t('items.due')}</dt>
          <dd>
            {formatDate(item.dueDate, language)}{' '}
            {item.overdue && <span className="badge badge--overdue">{t('items.overdue')}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('items.taskForce')}</dt>
          <dd>{item.taskForce.name}</dd>
        </div>
        <div>
          <dt>{t('item.assignee')}</dt>
          <dd>{item.assignee.fullName}</dd>
        </div>
      </dl>
      {item.description && (
        <section>
          <h2>{t('item.description')}</h2>
          <p className="pre-line">{item.description}</p>
        </section>
      )}
      <section>
        <h2>{t('item.origin')}</h2>
        {item.originDecision && item.originMeeting ? (
          <p>
            {t('item.meeting', {
              number: item.originMeeting.number,
              date: formatDayOf(item.originMeeting.startsAt, language),
            })}
            {' – '}
            {item.originMeeting.title}
            <br />
            <strong>{t('item.decision', { number: item.originDecision.number })}</strong> (
            {t(`enum.decisionKind.${item.originDecision.kind}`)}): {item.originDecision.text}
          </p>
        ) : (
          <p>{t('item.noOrigin')}</p>
        )}
      </section>
      <section>
        <h2>{t('item.measures')}</h2>
        {item.measures.length ? (
          <ul>
            {item.measures.map((m) => (
              <li key={m.id}>
                <span className="code">{m.code}</span> {m.title}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('item.noMeasures')}</p>
        )}
      </section>
      <ProgressForm item={item} />
      <section>
        <h2>{t('item.history')}</h2>
        {history.length === 0 ? (
          <p>{t('items.noUpdates')}</p>
        ) : (
          <ol className="history" reversed>
            {history.map((u) => (
              <li key={u.id}>
                <p className="muted">
                  {t('item.by', {
                    author: u.author.fullName,
                    date: formatDateTime(u.createdAt, language),
                  })}
                </p>
                {u.statusFrom && u.statusTo && u.statusFrom !== u.statusTo && (
                  <p>
                    {t('item.statusChange', {
                      from: t(`enum.actionItemStatus.${u.statusFrom}`),
                      to: t(`enum.actionItemStatus.${u.statusTo}`),
                    })}
                  </p>
                )}
                <p className="pre-line">{u.text}</p>
                {u.contributions.map((c) => (
                  <p key={c.id}>
                    {t('item.figure', {
                      indicator: c.indicator.name,
                      value: formatNumber(c.value, language),
                      unit: c.indicator.unit,
                    })}
                  </p>
                ))}
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
