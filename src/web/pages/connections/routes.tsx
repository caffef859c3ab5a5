import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page.js';

/** Connections, notifications and the network dashboards (placed under the shell's RequireSignIn), loaded when first visited. */
export const connectionsSignedInRoutes: RouteObject[] = [
  {
    path: '/connections',
    lazy: lazyPage(
      () => import('./connections-page.js'),
      (m) => m.ConnectionsPage,
    ),
  },
  {
    path: '/connections/:id',
    lazy: lazyPage(
      () => import('./connection-page.js'),
      (m) => m.ConnectionPage,
    ),
  },
  {
    path: '/notifications',
    lazy: lazyPage(
      () => import('../notifications/notifications-page.js'),
      (m) => m.NotificationsPage,
    ),
  },
  {
    path: '/reports',
    lazy: lazyPage(
      () => import('../reports/reports-page.js'),
      (m) => m.ReportsPage,
    ),
  },
];
