import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page.js';

const page = (path: string, load: () => Promise<Record<string, unknown>>, name: string): RouteObject => ({
  path,
  lazy: lazyPage(load, (m) => m[name] as never),
});

/** The award's public pages: rounds, honourees, nominations (the server decides who reads one) and certificate verification. */
export const councilsPublicRoutes: RouteObject[] = [
  page('/award', () => import('./award-pages.js'), 'AwardPage'),
  page('/award/rounds/:id', () => import('./award-pages.js'), 'AwardRoundPage'),
  page('/award/verify/:code', () => import('./award-pages.js'), 'VerifyPage'),
];

/** Councils (members, secretaries, conveners) and the nominee's page, under the shell's RequireSignIn. */
export const councilsSignedInRoutes: RouteObject[] = [
  page('/councils', () => import('./councils-page.js'), 'CouncilsPage'),
  page('/councils/new', () => import('./council-form-page.js'), 'CouncilFormPage'),
  page('/councils/composition', () => import('./composition-rules-page.js'), 'CompositionRulesPage'),
  page('/councils/dossiers/:id', () => import('./dossier-page.js'), 'DossierPage'),
  page('/councils/:id', () => import('./council-page.js'), 'CouncilPage'),
  page('/councils/:id/minutes', () => import('./minutes-page.js'), 'MinutesPage'),
  page('/award/nominations/:id', () => import('./award-pages.js'), 'NominationPage'),
];
