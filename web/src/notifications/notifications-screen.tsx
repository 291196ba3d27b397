import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { PageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { SubmitError } from '../components/submit-error';
import { useSubmit } from '../components/use-submit';
import { formatDate, formatDateTime } from '../i18n/format';
import { useWords } from '../i18n/use-language';

const MY_NOTIFICATIONS = graphql(`
  query MyNotifications {
    myNotifications(first: 100) {
      unreadCount
      edges {
        node {
          id
          kind
          createdAt
          readAt
          taskForceName
          title
          dueDate
          startsAt
          year
          reason
          path
        }
      }
    }
  }
`);

const MARK_READ = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      marked
      unreadCount
    }
  }
`);

/** What happened that concerns the viewer, newest first; opening one marks it read. */
export default function NotificationsScreen() {
  const { t, language } = useWords();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const list = useQuery({ queryKey: ['notifications'], queryFn: () => request(MY_NOTIFICATIONS) });
  const data = list.data?.myNotifications;

  const mark = async (input: { ids?: string[]; all?: boolean }) => {
    const done = await submit.run(() => request(MARK_READ, { input }));
    await queryClient.invalidateQueries({ queryKey: ['notifications'] });
    await queryClient.invalidateQueries({ queryKey: ['unreadNotifications'] });
    return done;
  };
  const open = async (id: string, path: string, unread: boolean) => {
    if (unread) await mark({ ids: [id] });
    await navigate(path);
  };

  return (
    <section>
      <PageTitle>{t('notifications.title')}</PageTitle>
      <SubmitError state={submit} />
      {!data ? (
        <QueryState error={list.error} />
      ) : (
        <>
          <div className="toolbar">
            <p className="muted">{t('notifications.unread', { count: data.unreadCount })}</p>
            {data.unreadCount > 0 && (
              <button type="button" disabled={submit.busy} onClick={() => void mark({ all: true })}>
                {t('notifications.markAllRead')}
              </button>
            )}
          </div>
          {data.edges.length === 0 ? (
            <p>{t('notifications.none')}</p>
          ) : (
            <ul className="cards">
              {data.edges.map(({ node: n }) => {
                const facts = [
                  { label: t('notifications.taskForce'), value: n.taskForceName },
                  n.title && { label: t('notifications.subject'), value: n.title },
                  n.dueDate && {
                    label: t('notifications.due'),
                    value: formatDate(n.dueDate, language),
                  },
                  n.startsAt && {
                    label: t('notifications.startsAt'),
                    value: formatDateTime(n.startsAt, language),
                  },
                  n.year && { label: t('notifications.year'), value: String(n.year) },
                  n.reason && { label: t('notifications.reason'), value: n.reason },
                ].filter((f): f is { label: string; value: string } => !!f);
                return (
                  <li key={n.id}>
                    <article className={n.readAt ? 'card card--read' : 'card'}>
                      <h2>{t(`enum.notificationKind.${n.kind}`)}</h2>
                      {!n.readAt && (
                        <span className="badge badge--new">{t('notifications.new')}</span>
                      )}
                      <dl className="facts">
                        {facts.map((f) => (
                          <div key={f.label}>
                            <dt>{f.label}</dt>
                            <dd>{f.value}</dd>
                          </div>
                        ))}
                        <div>
                          <dt>{t('notifications.when')}</dt>
                          <dd>{formatDateTime(n.createdAt, language)}</dd>
                        </div>
                      </dl>
                      <button
                        type="button"
                        className="button--secondary"
                        onClick={() => void open(n.id, n.path, !n.readAt)}
                      >
                        {t('notifications.open')}
                      </button>
                    </article>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
