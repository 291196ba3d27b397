import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { useWords } from '../i18n/use-language';

const UNREAD = graphql(`
  query UnreadNotifications {
    myNotifications(first: 1, unreadOnly: true) {
      unreadCount
    }
  }
`);

/** The menu's way to the notifications, with how many are unread (looked at every minute). */
export function UnreadLink() {
  const { t } = useWords();
  const unread = useQuery({
    queryKey: ['unreadNotifications'],
    queryFn: () => request(UNREAD),
    refetchInterval: 60_000,
  });
  const count = unread.data?.myNotifications.unreadCount ?? 0;
  return (
    <NavLink to="/notifications">
      {count > 0 ? t('nav.notificationsUnread', { count }) : t('nav.notifications')}
    </NavLink>
  );
}
