import { createBrowserRouter } from 'react-router';
import { AppLayout } from './components/app-layout.js';
import { RequireSignIn } from './components/require-sign-in.js';
import { lazyPage } from './lib/lazy-page.js';
import { FirstLoad } from './components/first-load.js';
import { NotFoundPage } from './pages/errors/not-found-page.js';
import { RouteErrorPage } from './pages/errors/route-error-page.js';
import { HomePage } from './pages/home/home-page.js';
import { cataloguePublicRoutes, catalogueSignedInRoutes } from './pages/catalogue/routes.js';
import { connectionsSignedInRoutes } from './pages/connections/routes.js';
import { foreignSearchSignedInRoutes } from './pages/foreign-search/routes.js';
import { eventsPublicRoutes, eventsSignedInRoutes } from './pages/events/routes.js';
import { roadmapsPublicRoutes } from './pages/roadmaps/routes.js';
import { councilsPublicRoutes, councilsSignedInRoutes } from './pages/councils/routes.js';
import { assessmentFieldRoutes, assessmentSignedInRoutes } from './pages/assessment/routes.js';
import { openDataPublicRoutes } from './pages/open-data/routes.js';
import { duplicatesSignedInRoutes } from './pages/duplicates/routes.js';
import { listingOutcomesSignedInRoutes } from './pages/listing-outcomes/routes.js';
import { savedSearchesSignedInRoutes } from './pages/saved-searches/routes.js';
import { savedListingsSignedInRoutes } from './pages/saved-listings/routes.js';
import { programmesPublicRoutes, programmesSignedInRoutes } from './pages/programmes/routes.js';

// Other modules add their pages as children: public ones at the top level, others under RequireSignIn.
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    // A first visit to a page loaded when first visited (lazyPage) shows this while its code arrives, not a blank screen.
    hydrateFallbackElement: <FirstLoad />,
    children: [
      { path: '/', element: <HomePage /> },
      ...assessmentFieldRoutes,
      {
        path: '/sign-in',
        lazy: lazyPage(
          () => import('./pages/auth/sign-in-page.js'),
          (m) => m.SignInPage,
        ),
      },
      {
        path: '/register',
        lazy: lazyPage(
          () => import('./pages/auth/register-page.js'),
          (m) => m.RegisterPage,
        ),
      },
      {
        path: '/check-email',
        lazy: lazyPage(
          () => import('./pages/auth/check-email-page.js'),
          (m) => m.CheckEmailPage,
        ),
      },
      {
        path: '/verified',
        lazy: lazyPage(
          () => import('./pages/auth/verified-page.js'),
          (m) => m.VerifiedPage,
        ),
      },
      {
        path: '/forgot-password',
        lazy: lazyPage(
          () => import('./pages/auth/forgot-password-page.js'),
          (m) => m.ForgotPasswordPage,
        ),
      },
      {
        path: '/unlock-account',
        lazy: lazyPage(
          () => import('./pages/auth/unlock-account-page.js'),
          (m) => m.UnlockAccountPage,
        ),
      },
      {
        path: '/reset-password',
        lazy: lazyPage(
          () => import('./pages/auth/reset-password-page.js'),
          (m) => m.ResetPasswordPage,
        ),
      },
      {
        path: '/organisations',
        lazy: lazyPage(
          () => import('./pages/organisations/directory-page.js'),
          (m) => m.DirectoryPage,
        ),
      },
      {
        path: '/invitations/:token',
        lazy: lazyPage(
          () => import('./pages/organisations/invitation-page.js'),
          (m) => m.InvitationPage,
        ),
      },
      {
        element: <RequireSignIn />,
        children: [
          {
            path: '/me/profile',
            lazy: lazyPage(
              () => import('./pages/users/profile/profile-page.js'),
              (m) => m.ProfilePage,
            ),
          },
          ...catalogueSignedInRoutes,
          ...connectionsSignedInRoutes,
          {
            path: '/matches',
            lazy: lazyPage(
              () => import('./pages/matching/organisation-matches-page.js'),
              (m) => m.OrganisationMatchesPage,
            ),
          },
          ...foreignSearchSignedInRoutes,
          ...eventsSignedInRoutes,
          ...assessmentSignedInRoutes,
          ...duplicatesSignedInRoutes,
          ...listingOutcomesSignedInRoutes,
          ...savedSearchesSignedInRoutes,
          ...savedListingsSignedInRoutes,
          ...programmesSignedInRoutes,
          ...councilsSignedInRoutes,
          {
            path: '/me/organisations',
            lazy: lazyPage(
              () => import('./pages/organisations/my-organisations-page.js'),
              (m) => m.MyOrganisationsPage,
            ),
          },
          {
            path: '/organisations/new',
            lazy: lazyPage(
              () => import('./pages/organisations/create-organisation-page.js'),
              (m) => m.CreateOrganisationPage,
            ),
          },
          {
            path: '/organisations/:id/edit',
            lazy: lazyPage(
              () => import('./pages/organisations/edit-organisation-page.js'),
              (m) => m.EditOrganisationPage,
            ),
          },
          {
            path: '/admin/users',
            lazy: lazyPage(
              () => import('./pages/users/users-page.js'),
              (m) => m.UsersPage,
            ),
          },
          {
            path: '/admin/organisations',
            lazy: lazyPage(
              () => import('./pages/organisations/organisations-admin-page.js'),
              (m) => m.OrganisationsAdminPage,
            ),
          },
          {
            path: '/admin/connection-points',
            lazy: lazyPage(
              () => import('./pages/connection-points/connection-points-page.js'),
              (m) => m.ConnectionPointsPage,
            ),
          },
          {
            path: '/admin/reference',
            lazy: lazyPage(
              () => import('./pages/reference/reference-page.js'),
              (m) => m.ReferencePage,
            ),
          },
          {
            path: '/admin/glossary',
            lazy: lazyPage(
              () => import('./pages/matching/glossary-page.js'),
              (m) => m.GlossaryPage,
            ),
          },
          {
            path: '/admin/audit',
            lazy: lazyPage(
              () => import('./pages/audit/audit-page.js'),
              (m) => m.AuditPage,
            ),
          },
          {
            path: '/admin/outbox',
            lazy: lazyPage(
              () => import('./pages/mail/outbox-page.js'),
              (m) => m.OutboxPage,
            ),
          },
        ],
      },
      {
        path: '/organisations/:id',
        lazy: lazyPage(
          () => import('./pages/organisations/organisation-page.js'),
          (m) => m.OrganisationPage,
        ),
      },
      ...cataloguePublicRoutes,
      ...eventsPublicRoutes,
      ...roadmapsPublicRoutes,
      ...openDataPublicRoutes,
      ...programmesPublicRoutes,
      ...councilsPublicRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
