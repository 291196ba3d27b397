import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { PageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { formatDayOf } from '../i18n/format';
import { useWords } from '../i18n/use-language';
import { ItemCard } from './item-card';

const MY_ITEMS = graphql(`
  query MyActionItems($includeClosed: Boolean!) {
    myActionItems(first: 100, includeClosed: $includeClosed) {
      totalCount
      edges {
        node {
          id
          title
          dueDate
          status
          overdue
          taskForce {
            id
            name
          }
          lastUpdate {
            id
            createdAt
          }
        }
      }
    }
  }
`);

/** The member's own items: open ones by due date, so overdue first, each marked in words. */
export default function MyItemsScreen() {
  const { t, language } = useWords();
  const [includeClosed, setIncludeClosed] = useState(false);
  const items = useQuery({
    queryKey: ['myActionItems', includeClosed],
    queryFn: () => request(MY_ITEMS, { includeClosed }),
  });
  const list = items.data?.myActionItems;
  return (
    <section>
      <PageTitle>{t('items.title')}</PageTitle>
      <div className="toolbar">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={includeClosed}
            onChange={(e) => setIncludeClosed(e.target.checked)}
          />
          {t('items.includeClosed')}
        </label>
        {list && <p className="muted">{t('items.count', { count: list.totalCount })}</p>}
      </div>
      {!list ? (
        <QueryState error={items.error} />
      ) : list.edges.length === 0 ? (
        <p>{t('items.none')}</p>
      ) : (
        <ul className="cards">
          {list.edges.map(({ node: item }) => (
            <li key={item.id}>
              <ItemCard
                item={item}
                facts={[
                  { label: t('items.taskForce'), value: item.taskForce.name },
                  {
                    label: t('items.lastUpdate'),
                    value: item.lastUpdate
                      ? formatDayOf(item.lastUpdate.createdAt, language)
                      : t('items.noUpdates'),
                  },
                ]}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
