import { Link } from 'react-router';
import { formatDate } from '../i18n/format';
import { useWords } from '../i18n/use-language';

export interface ItemCardFacts {
  id: string;
  title: string;
  dueDate: string;
  status: string;
  overdue: boolean;
}

/** An action item in a list: its title, an overdue badge in words, due date, status and more. */
export function ItemCard({
  item,
  facts,
}: {
  item: ItemCardFacts;
  facts: { label: string; value: string }[];
}) {
  const { t, language } = useWords();
  return (
    <article className={item.overdue ? 'card card--overdue' : 'card'}>
      <h2>
        <Link to={`/items/${item.id}`}>{item.title}</Link>
      </h2>
      {item.overdue && <span className="badge badge--overdue">{t('items.overdue')}</span>}
      <dl className="facts">
        <div>
          <dt>{t('items.due')}</dt>
          <dd>{formatDate(item.dueDate, language)}</dd>
        </div>
        <div>
          <dt>{t('items.status')}</dt>
          <dd>{t(`enum.actionItemStatus.${item.status}`)}</dd>
        </div>
        {facts.map((f) => (
          <div key={f.label}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
