import type { FastifyPluginAsync } from 'fastify';
import { demandsRoutes } from '../demands/demands.routes.js';
import { expertsRoutes } from '../experts/experts.routes.js';
import { offersRoutes } from '../offers/offers.routes.js';
import { moderationRoutes } from './moderation.routes.js';

/** Offers, demands, experts and their work lists, registered together. */
export const catalogueRoutes: FastifyPluginAsync = async (app) => {
  await app.register(offersRoutes);
  await app.register(demandsRoutes);
  await app.register(expertsRoutes);
  await app.register(moderationRoutes);
};
