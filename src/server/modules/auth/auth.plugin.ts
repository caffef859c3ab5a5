import fp from 'fastify-plugin';
import type { Db } from '../../../db/client.js';
import { AppError } from '../../errors.js';
import { loadActor, type Actor } from './actor.js';
import type { Auth } from './auth.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in actor, or null for a visitor. Resolved once and cached. */
    getActor(): Promise<Actor | null>;
    /** The signed-in actor; throws UNAUTHENTICATED for a visitor. */
    requireActor(): Promise<Actor>;
  }
}

export const authPlugin = fp<{ auth: Auth; db: Db }>(async (app, { auth, db }) => {
  app.decorateRequest('getActor', async function () {
    throw new Error('replaced per request');
  });
  app.decorateRequest('requireActor', async function () {
    throw new Error('replaced per request');
  });
  app.addHook('onRequest', async (request) => {
    let cached: Promise<Actor | null> | undefined;
    request.getActor = () => {
      cached ??= (async () => {
        if (!request.headers.cookie?.includes('session_token')) return null;
        const headers = new Headers();
        headers.set('cookie', request.headers.cookie);
        const session = await auth.api.getSession({ headers });
        if (!session) return null;
        const user = session.user as typeof session.user & { role?: string; disabled?: boolean };
        if (user.disabled) return null;
        return loadActor(db, { id: user.id, email: user.email, name: user.name, role: user.role ?? 'user' });
      })();
      return cached;
    };
    request.requireActor = async () => {
      const actor = await request.getActor();
      if (!actor) throw new AppError('UNAUTHENTICATED');
      return actor;
    };
  });
});
