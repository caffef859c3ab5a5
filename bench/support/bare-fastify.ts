/**
 * The baseline of bench/http: Fastify with nothing but one JSON route and no logger, in a process
 * of its own as the platform's server is. `node --import tsx bench/support/bare-fastify.ts <port>`
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
await app.listen({ port: Number(process.argv[2]), host: '127.0.0.1' });
