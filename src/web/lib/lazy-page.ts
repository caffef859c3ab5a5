import type { ComponentType } from 'react';
import type { LazyRouteFunction, RouteObject } from 'react-router';

/**
 * A route whose page is loaded when first visited, so a visitor's first page does not download
 * the admin screens, the charts or the forms: `lazy: lazyPage(() => import('./x-page.js'), (m) => m.XPage)`.
 */
export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): LazyRouteFunction<RouteObject> {
  return async () => ({ Component: pick(await load()) });
}
