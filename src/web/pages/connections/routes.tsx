import type { RouteObject } from 'react-router';
import { NotificationsPage } from '../notifications/notifications-page.js';
import { ReportsPage } from '../reports/reports-page.js';
import { ConnectionPage } from './connection-page.js';
import { ConnectionsPage } from './connections-page.js';

/** Connections, notifications and the network dashboards (placed under the shell's RequireSignIn). */
export const connectionsSignedInRoutes: RouteObject[] = [
  { path: '/connections', element: <ConnectionsPage /> },
  { path: '/connections/:id', element: <ConnectionPage /> },
  { path: '/notifications', element: <NotificationsPage /> },
  { path: '/reports', element: <ReportsPage /> },
];
