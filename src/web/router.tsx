import { createBrowserRouter } from 'react-router';
import { AppLayout } from './components/app-layout.js';
import { RequireSignIn } from './components/require-sign-in.js';
import { AuditPage } from './pages/audit/audit-page.js';
import { ConnectionPointsPage } from './pages/connection-points/connection-points-page.js';
import { GlossaryPage } from './pages/matching/glossary-page.js';
import { OrganisationsAdminPage } from './pages/organisations/organisations-admin-page.js';
import { OutboxPage } from './pages/mail/outbox-page.js';
import { ReferencePage } from './pages/reference/reference-page.js';
import { UsersPage } from './pages/users/users-page.js';
import { CheckEmailPage } from './pages/auth/check-email-page.js';
import { ForgotPasswordPage } from './pages/auth/forgot-password-page.js';
import { RegisterPage } from './pages/auth/register-page.js';
import { ResetPasswordPage } from './pages/auth/reset-password-page.js';
import { SignInPage } from './pages/auth/sign-in-page.js';
import { VerifiedPage } from './pages/auth/verified-page.js';
import { NotFoundPage } from './pages/errors/not-found-page.js';
import { RouteErrorPage } from './pages/errors/route-error-page.js';
import { HomePage } from './pages/home/home-page.js';
import { InvitationPage } from './pages/organisations/invitation-page.js';
import { CreateOrganisationPage } from './pages/organisations/create-organisation-page.js';
import { DirectoryPage } from './pages/organisations/directory-page.js';
import { EditOrganisationPage } from './pages/organisations/edit-organisation-page.js';
import { MyOrganisationsPage } from './pages/organisations/my-organisations-page.js';
import { OrganisationPage } from './pages/organisations/organisation-page.js';
import { ProfilePage } from './pages/users/profile/profile-page.js';
import { cataloguePublicRoutes, catalogueSignedInRoutes } from './pages/catalogue/routes.js';
import { connectionsSignedInRoutes } from './pages/connections/routes.js';

// Other modules add their pages as children: public ones at the top level, others under RequireSignIn.
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/register', element: <RegisterPage /> },
      { path: '/check-email', element: <CheckEmailPage /> },
      { path: '/verified', element: <VerifiedPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/organisations', element: <DirectoryPage /> },
      { path: '/invitations/:token', element: <InvitationPage /> },
      {
        element: <RequireSignIn />,
        children: [
          { path: '/me/profile', element: <ProfilePage /> },
          ...catalogueSignedInRoutes,
          ...connectionsSignedInRoutes,
          { path: '/me/organisations', element: <MyOrganisationsPage /> },
          { path: '/organisations/new', element: <CreateOrganisationPage /> },
          { path: '/organisations/:id/edit', element: <EditOrganisationPage /> },
          { path: '/admin/users', element: <UsersPage /> },
          { path: '/admin/organisations', element: <OrganisationsAdminPage /> },
          { path: '/admin/connection-points', element: <ConnectionPointsPage /> },
          { path: '/admin/reference', element: <ReferencePage /> },
          { path: '/admin/glossary', element: <GlossaryPage /> },
          { path: '/admin/audit', element: <AuditPage /> },
          { path: '/admin/outbox', element: <OutboxPage /> },
        ],
      },
      { path: '/organisations/:id', element: <OrganisationPage /> },
      ...cataloguePublicRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
