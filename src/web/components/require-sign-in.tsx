import { lazy, Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../api/auth.js';
import { ErrorState } from './error-state.js';
import { LoadingState } from './loading-state.js';

// Only an admin who must still enrol sees it: the QR code and its forms stay out of everyone else's first download.
const TwoFactorRequired = lazy(() => import('./two-factor-required.js').then((m) => ({ default: m.TwoFactorRequired })));

/** Pages under this need a session; a visitor goes to sign-in and comes back afterwards. */
export function RequireSignIn() {
  const me = useMe();
  const location = useLocation();
  if (me.isLoading) return <LoadingState />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data?.user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (me.data.twoFactor.enrolmentRequired) {
    return (
      <Suspense fallback={<LoadingState />}>
        <TwoFactorRequired />
      </Suspense>
    );
  }
  return <Outlet />;
}
