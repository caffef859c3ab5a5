import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page.js';

/** The moderators' likely duplicates (placed under the shell's RequireSignIn). */
export const duplicatesSignedInRoutes: RouteObject[] = [
  {
    path: '/duplicates',
    lazy: lazyPage(
      () => import('./duplicates-page.js'),
      (m) => m.DuplicatesPage,
    ),
  },
];
