import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page.js';

/** A person's saved listings (placed under the shell's RequireSignIn). */
export const savedListingsSignedInRoutes: RouteObject[] = [
  {
    path: '/me/saved',
    lazy: lazyPage(
      () => import('./saved-listings-page.js'),
      (m) => m.SavedListingsPage,
    ),
  },
];
