import { lazy, ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Frame } from './layout/frame';
import { AccessibilityScreen } from './screens/accessibility-screen';
import { NotFoundScreen } from './screens/not-found-screen';
import { SignInScreen } from './screens/sign-in-screen';
import { useSession } from './session/session-context';
import { isNational } from './session/viewer';

// Each screen loads when it is first opened: the sign-in page stays small.
const MyItemsScreen = lazy(() => import('./screens/my-items-screen'));
const ActionItemScreen = lazy(() => import('./screens/action-item-screen'));
const OverviewScreen = lazy(() => import('./screens/overview-screen'));
const AccountScreen = lazy(() => import('./screens/account-screen'));
const MeetingsScreen = lazy(() => import('./meetings/meetings-screen'));
const ScheduleMeetingScreen = lazy(() => import('./meetings/schedule-meeting-screen'));
const MeetingScreen = lazy(() => import('./meetings/meeting-screen'));
const MinutesPrintScreen = lazy(() => import('./meetings/minutes-print-screen'));
const TaskForcesScreen = lazy(() => import('./task-forces/task-forces-screen'));
const TaskForceScreen = lazy(() => import('./task-forces/task-force-screen'));
const TaskForceItemsScreen = lazy(() => import('./task-forces/task-force-items-screen'));
const NotificationsScreen = lazy(() => import('./notifications/notifications-screen'));

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

/** Screens behind sign-in: an anonymous visitor is sent to sign in and brought back after. */
function SignedIn({ children }: { children: ReactNode }) {
  const { status, ended } = useSession();
  const location = useLocation();
  if (status === 'checking') return <Loading />;
  if (status === 'anonymous') {
    if (ended === 'signed-out') return <Navigate to="/sign-in?signedOut=1" replace />;
    const next = `next=${encodeURIComponent(location.pathname + location.search)}`;
    return <Navigate to={`/sign-in?${ended === 'expired' ? 'expired=1&' : ''}${next}`} replace />;
  }
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

function Home() {
  const { viewer } = useSession();
  return <Navigate to={viewer && isNational(viewer) ? '/overview' : '/items'} replace />;
}

export function App() {
  return (
    <Routes>
      <Route element={<Frame />}>
        <Route path="/sign-in" element={<SignInScreen />} />
        <Route path="/accessibility" element={<AccessibilityScreen />} />
        <Route path="/" element={<SignedIn children={<Home />} />} />
        <Route path="/items" element={<SignedIn children={<MyItemsScreen />} />} />
        <Route path="/items/:id" element={<SignedIn children={<ActionItemScreen />} />} />
        <Route path="/overview" element={<SignedIn children={<OverviewScreen />} />} />
        <Route path="/account" element={<SignedIn children={<AccountScreen />} />} />
        <Route path="/notifications" element={<SignedIn children={<NotificationsScreen />} />} />
        <Route path="/meetings" element={<SignedIn children={<MeetingsScreen />} />} />
        <Route path="/meetings/new" element={<SignedIn children={<ScheduleMeetingScreen />} />} />
        <Route path="/meetings/:id" element={<SignedIn children={<MeetingScreen />} />} />
        <Route
          path="/meetings/:id/print"
          element={<SignedIn children={<MinutesPrintScreen />} />}
        />
        <Route path="/task-forces" element={<SignedIn children={<TaskForcesScreen />} />} />
        <Route path="/task-forces/:id" element={<SignedIn children={<TaskForceScreen />} />} />
        <Route
          path="/task-forces/:id/items"
          element={<SignedIn children={<TaskForceItemsScreen />} />}
        />
        <Route path="*" element={<NotFoundScreen />} />
      </Route>
    </Routes>
  );
}
