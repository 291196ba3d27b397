import { useInfiniteQuery } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { Field } from '../components/field';
import { PageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { vilniusToday } from '../i18n/format';
import { useWords } from '../i18n/use-language';
import { useMembersOn } from '../meetings/members-on';
import { ItemCard } from '../screens/item-card';

const ITEMS = graphql(`
  query TaskForceItems(
    $taskForceId: ID!
    $status: [ActionItemStatus!]
    $overdue: Boolean
    $assigneeId: ID
    $text: String
    $order: ActionItemOrder!
    $after: String
  ) {
    actionItems(
      taskForceId: $taskForceId
      status: $status
      overdue: $overdue
      assigneeId: $assigneeId
      text: $text
      order: $order
      first: 50
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          dueDate
          status
          overdue
          assignee {
            id
            fullName
          }
        }
      }
    }
  }
`);

const STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
type Status = (typeof STATUSES)[number];
const ORDERS = ['DUE_DATE_ASC', 'DUE_DATE_DESC', 'UPDATED_DESC', 'CREATED_DESC'] as const;
type Order = (typeof ORDERS)[number];

interface Filters {
  status: Status[];
  overdue: boolean;
  assigneeId: string;
  text: string;
  order: Order;
}

const START: Filters = {
  status: ['OPEN', 'IN_PROGRESS'],
  overdue: false,
  assigneeId: '',
  text: '',
  order: 'DUE_DATE_ASC',
};

/** A task force's action items with the API's filters, fifty at a time. */
export default function TaskForceItemsScreen() {
  const { id = '' } = useParams();
  const { t } = useWords();
  const [draft, setDraft] = useState<Filters>(START);
  const [filters, setFilters] = useState<Filters>(START);
  const members = useMembersOn(id, vilniusToday());
  const query = useInfiniteQuery({
    queryKey: ['taskForceItems', id, filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      request(ITEMS, {
        taskForceId: id,
        status: filters.status.length ? filters.status : undefined,
        overdue: filters.overdue || undefined,
        assigneeId: filters.assigneeId || undefined,
        text: filters.text.trim() || undefined,
        order: filters.order,
        after: pageParam ?? undefined,
      }),
    getNextPageParam: (last) =>
      last.actionItems.pageInfo.hasNextPage ? last.actionItems.pageInfo.endCursor : null,
  });
  const pages = query.data?.pages ?? [];
  const items = pages.flatMap((p) => p.actionItems.edges.map((e) => e.node));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
  };
  const toggle = (status: Status, on: boolean) =>
    setDraft({
      ...draft,
      status: on ? [...draft.status, status] : draft.status.filter((s) => s !== status),
    });

  return (
    <section>
      <p className="breadcrumb">
        <Link to={`/task-forces/${id}`}>{t('taskForces.back')}</Link>
      </p>
      <PageTitle>{t('taskForces.items')}</PageTitle>
      <form className="form filters" onSubmit={apply} aria-label={t('taskForces.filters')}>
        <fieldset>
          <legend>{t('items.status')}</legend>
          <div className="form-row">
            {STATUSES.map((s) => (
              <label key={s} className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.status.includes(s)}
                  onChange={(e) => toggle(s, e.target.checked)}
                />
                {t(`enum.actionItemStatus.${s}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.overdue}
            onChange={(e) => setDraft({ ...draft, overdue: e.target.checked })}
          />
          {t('taskForces.onlyOverdue')}
        </label>
        <div className="form-row">
          <Field label={t('item.assignee')}>
            {(p) => (
              <select
                {...p}
                value={draft.assigneeId}
                onChange={(e) => setDraft({ ...draft, assigneeId: e.target.value })}
              >
                <option value="">{t('taskForces.anyone')}</option>
                {(members.data ?? []).map((m) => (
                  <option key={m.id} value={m.person.id}>
                    {m.person.fullName}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('taskForces.text')}>
            {(p) => (
              <input
                {...p}
                type="search"
                value={draft.text}
                onChange={(e) => setDraft({ ...draft, text: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('taskForces.order')}>
            {(p) => (
              <select
                {...p}
                value={draft.order}
                onChange={(e) => setDraft({ ...draft, order: e.target.value as Order })}
              >
                {ORDERS.map((o) => (
                  <option key={o} value={o}>
                    {t(`taskForces.orders.${o}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <button type="submit">{t('overview.apply')}</button>
      </form>
      {!query.data ? (
        <QueryState error={query.error} />
      ) : (
        <>
          <p className="muted" role="status">
            {t('items.count', { count: pages[0].actionItems.totalCount })}
          </p>
          <ul className="cards">
            {items.map((item) => (
              <li key={item.id}>
                <ItemCard
                  item={item}
                  facts={[{ label: t('item.assignee'), value: item.assignee.fullName }]}
                />
              </li>
            ))}
          </ul>
          {query.hasNextPage && (
            <button
              type="button"
              className="button--secondary"
              onClick={() => void query.fetchNextPage()}
              disabled={query.isFetchingNextPage}
            >
              {t('taskForces.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
