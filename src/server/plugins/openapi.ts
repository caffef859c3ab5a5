import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';

type Transform = typeof jsonSchemaTransform;

/**
 * Query strings and path parameters become OpenAPI parameters, which cannot be `$ref`s: a named
 * (`.meta({ id })`) object schema there would make @fastify/swagger fail, so the documentation
 * gets an unnamed copy of its shape. Validation still uses the original schema.
 */
const documentParametersInline: Transform = (input) => {
  const schema = { ...input.schema } as Record<string, unknown>;
  for (const part of ['querystring', 'params', 'headers'] as const) {
    const value = schema[part];
    if (value instanceof z.ZodObject && z.globalRegistry.get(value)?.id) schema[part] = z.object(value.shape);
  }
  return jsonSchemaTransform({ ...input, schema } as Parameters<Transform>[0]);
};

/** OpenAPI generated from the routes' zod schemas, with its UI at /api/docs. */
export const openApiPlugin = fp(async (app) => {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'TechBridge API',
        description: 'Mạng lưới kết nối cung – cầu công nghệ quốc gia — national technology supply–demand connection network',
        version: '1.0.0',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'techbridge.session_token' } },
      },
    },
    transform: documentParametersInline,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
});
