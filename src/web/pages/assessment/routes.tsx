import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page.js';

/** Technology assessment (placed under the shell's RequireSignIn). */
export const assessmentSignedInRoutes: RouteObject[] = [
  {
    path: '/assessments',
    lazy: lazyPage(
      () => import('./assessments-page.js'),
      (m) => m.AssessmentsPage,
    ),
  },
  {
    path: '/assessments/methodologies',
    lazy: lazyPage(
      () => import('./methodologies-page.js'),
      (m) => m.MethodologiesPage,
    ),
  },
  {
    path: '/assessments/methodologies/:id',
    lazy: lazyPage(
      () => import('./methodology-page.js'),
      (m) => m.MethodologyPage,
    ),
  },
  {
    path: '/assessments/dashboard',
    lazy: lazyPage(
      () => import('./dashboard-page.js'),
      (m) => m.DashboardPage,
    ),
  },
  {
    path: '/assessments/campaigns',
    lazy: lazyPage(
      () => import('./campaigns-page.js'),
      (m) => m.CampaignsPage,
    ),
  },
  {
    path: '/assessments/campaigns/:id',
    lazy: lazyPage(
      () => import('./campaign-page.js'),
      (m) => m.CampaignPage,
    ),
  },
  {
    path: '/assessments/:id',
    lazy: lazyPage(
      () => import('./assessment-page.js'),
      (m) => m.AssessmentPage,
    ),
  },
  {
    path: '/assessments/:id/report',
    lazy: lazyPage(
      () => import('./report-page.js'),
      (m) => m.ReportPage,
    ),
  },
];

/**
 * Field work without a network (placed outside RequireSignIn: offline, the session cannot be checked;
 * the pages read only what the device holds, and sending needs the session again).
 */
export const assessmentFieldRoutes: RouteObject[] = [
  {
    path: '/field/campaigns/:id',
    lazy: lazyPage(
      () => import('./field/field-campaign-page.js'),
      (m) => m.FieldCampaignPage,
    ),
  },
  {
    path: '/field/campaigns/:id/:organisationId',
    lazy: lazyPage(
      () => import('./field/field-assessment-page.js'),
      (m) => m.FieldAssessmentPage,
    ),
  },
];
