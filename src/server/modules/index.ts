import type { FastifyInstance } from 'fastify';

/** Every feature module's routes; a new module adds one line here. */
export async function registerModules(app: FastifyInstance) {
  void app;
}
