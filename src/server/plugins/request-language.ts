import fp from 'fastify-plugin';
import { pickLanguage, type Language } from '../../shared/i18n/language.js';

declare module 'fastify' {
  interface FastifyRequest {
    language: Language;
  }
}

/** The caller's language: the `lang` cookie the web client remembers, then Accept-Language, then Vietnamese. */
export const requestLanguagePlugin = fp(async (app) => {
  app.decorateRequest('language', 'vi');
  app.addHook('onRequest', async (request) => {
    request.language = pickLanguage(request.cookies?.lang, request.headers['accept-language']);
  });
});
