import path from 'node:path';
import { openDatabase } from '../db/client.js';
import { buildApp } from './app.js';
import { prepareDatabase } from './bootstrap.js';
import { loadConfig } from './config.js';

const config = loadConfig();
const database = await openDatabase(config);
await prepareDatabase(database, config, (msg) => console.log(`[techbridge] ${msg}`));
const app = await buildApp({ config, database, webRoot: path.resolve('dist/web') });

const shutdown = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

await app.listen({ port: config.port, host: config.host });
app.log.info(`TechBridge on ${config.baseUrl} (database: ${database.kind}${database.kind === 'pglite' ? ` in ${config.dataDir}` : ''})`);
