import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page.js';

/** The public results of the programme. */
export const programmesPublicRoutes: RouteObject[] = [
  {
    path: '/programmes/results',
    lazy: lazyPage(
      () => import('./results-page.js'),
      (m) => m.ResultsPage,
    ),
  },
  {
    path: '/programmes/results/:id',
    lazy: lazyPage(
      () => import('./results-page.js'),
      (m) => m.ResultPage,
    ),
  },
];

/** Proposers' and agency staff's screens (placed under the shell's RequireSignIn). */
export const programmesSignedInRoutes: RouteObject[] = [
  {
    path: '/programmes',
    lazy: lazyPage(
      () => import('./programmes-page.js'),
      (m) => m.ProgrammesPage,
    ),
  },
  {
    path: '/programmes/dashboard',
    lazy: lazyPage(
      () => import('./dashboard-page.js'),
      (m) => m.DashboardPage,
    ),
  },
  {
    path: '/programmes/tasks/:id',
    lazy: lazyPage(
      () => import('./task-page.js'),
      (m) => m.TaskPage,
    ),
  },
  {
    path: '/programmes/tasks/:id/edit',
    lazy: lazyPage(
      () => import('./proposal-form-page.js'),
      (m) => m.ProposalFormPage,
    ),
  },
];
