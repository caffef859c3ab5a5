import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../../../db/client.js';
import { AppError } from '../../errors.js';
import { loadActor, type Actor } from './actor.js';
import type { Auth } from './auth.js';
import { mustEnrolTwoFactor } from './two-factor.policy.js';

/**
 * Who may call a route, declared in its options (`config: { auth: 'required' }`):
 * `required` — signed in, else 401; `optional` — anyone, the actor when signed in (a record shows
 * more to its editors); `public` — anyone, and the session is not even looked up.
 */
export type RouteAuth = 'required' | 'optional' | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: RouteAuth;
    /** Open to a platform admin who still has to set up two-step verification (TWO_FACTOR_REQUIRED elsewhere). */
    twoFactorEnrolment?: boolean;
  }
  interface FastifyRequest {
    /** The signed-in actor on `required` and `optional` routes (null for a visitor); null on `public` routes. */
    actor: Actor | null;
  }
}

/** The actor of a `required` route. */
export function signedIn(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}

async function sessionActor(auth: Auth, db: Db, request: FastifyRequest): Promise<{ actor: Actor; twoFactorEnabled: boolean } | null> {
  if (!request.headers.cookie?.includes('session_token')) return null;
  const headers = new Headers();
  headers.set('cookie', request.headers.cookie);
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: string; disabled?: boolean; twoFactorEnabled?: boolean | null };
  if (user.disabled) return null;
  const actor = await loadActor(db, { id: user.id, email: user.email, name: user.name, role: user.role ?? 'user' });
  return { actor, twoFactorEnabled: !!user.twoFactorEnabled };
}

export const authPlugin = fp<{ auth: Auth; db: Db; requireAdminTwoFactor: boolean }>(async (app, { auth, db, requireAdminTwoFactor }) => {
  app.decorateRequest('actor', null);
  // Every API route says who may call it; a route that forgets fails at start-up, not in production.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && !route.url.startsWith('/api/docs') && !route.config?.auth) {
      throw new Error(`${route.method.toString()} ${route.url} does not declare config.auth`);
    }
  });
  // Before validation: a caller without a session learns it needs one, not the shape of the body the route expects.
  app.addHook('preValidation', async (request) => {
    const mode = request.routeOptions.config.auth ?? 'public';
    if (mode === 'public') return;
    const session = await sessionActor(auth, db, request);
    request.actor = session?.actor ?? null;
    if (mode === 'required' && !request.actor) throw new AppError('UNAUTHENTICATED');
    if (session && !request.routeOptions.config.twoFactorEnrolment && mustEnrolTwoFactor(session.actor, session.twoFactorEnabled, requireAdminTwoFactor)) {
      throw new AppError('TWO_FACTOR_REQUIRED');
    }
  });
});
