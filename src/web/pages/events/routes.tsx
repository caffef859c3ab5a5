import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page.js';

/** The public events list and event pages. */
export const eventsPublicRoutes: RouteObject[] = [
  {
    path: '/events',
    lazy: lazyPage(
      () => import('./events-page.js'),
      (m) => m.EventsPage,
    ),
  },
  {
    path: '/events/:id',
    lazy: lazyPage(
      () => import('./event-page.js'),
      (m) => m.EventPage,
    ),
  },
];

/** Organisers' and participants' screens (placed under the shell's RequireSignIn). */
export const eventsSignedInRoutes: RouteObject[] = [
  {
    path: '/events/new',
    lazy: lazyPage(
      () => import('./event-form-page.js'),
      (m) => m.EventFormPage,
    ),
  },
  {
    path: '/events/:id/edit',
    lazy: lazyPage(
      () => import('./event-form-page.js'),
      (m) => m.EventFormPage,
    ),
  },
  {
    path: '/events/:id/manage',
    lazy: lazyPage(
      () => import('./manage-page.js'),
      (m) => m.ManagePage,
    ),
  },
  {
    path: '/events/:id/agenda',
    lazy: lazyPage(
      () => import('./agenda-page.js'),
      (m) => m.AgendaPage,
    ),
  },
  {
    path: '/events/:id/badges',
    lazy: lazyPage(
      () => import('./badges-page.js'),
      (m) => m.BadgesPage,
    ),
  },
  {
    path: '/events/:id/tables',
    lazy: lazyPage(
      () => import('./tables-page.js'),
      (m) => m.TablesPage,
    ),
  },
  {
    path: '/events/:id/check-in',
    lazy: lazyPage(
      () => import('./check-in-page.js'),
      (m) => m.CheckInPage,
    ),
  },
];
