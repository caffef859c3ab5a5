import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page.js';

/** Roadmaps and technology maps: public when published; the server hides the others. */
export const roadmapsPublicRoutes: RouteObject[] = [
  {
    path: '/roadmaps',
    lazy: lazyPage(
      () => import('./roadmaps-page.js'),
      (m) => m.RoadmapsPage,
    ),
  },
  {
    path: '/roadmaps/:id',
    lazy: lazyPage(
      () => import('./roadmap-page.js'),
      (m) => m.RoadmapPage,
    ),
  },
  {
    path: '/technology-maps/:id',
    lazy: lazyPage(
      () => import('./technology-map-page.js'),
      (m) => m.TechnologyMapPage,
    ),
  },
];
