// CI: the Drizzle schema and the checked-in migrations agree — generating a migration finds nothing to do.
import { execFileSync } from 'node:child_process';

const output = execFileSync('npx', ['drizzle-kit', 'generate', '--name', 'schema_drift_check'], { encoding: 'utf8' });
if (!output.includes('No schema changes')) {
  console.error(output);
  console.error('The Drizzle schema differs from the checked-in migrations. The check wrote the missing migration as *_schema_drift_check.sql;');
  console.error('delete it and its snapshot, then run `npm run db:generate -- --name <what changed>` and commit the result.');
  process.exit(1);
}
console.log('schema and migrations agree');
