import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { Database } from './client.js';

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Extensions and the IMMUTABLE search functions must exist before the generated migrations:
 * 0000_init's generated columns and indexes call `tb_fold` and `tb_words`, 0002's call `tb_tokens`
 * and `tb_facet_key`. They cannot move into a migration of their own, which would run after those,
 * and migrations that have run are never edited; so they live here, run before the migrator on
 * every start (CREATE OR REPLACE: idempotent). test/database/search-functions.test.ts proves a
 * database built from nothing but this file has them. Changing one later means a migration that
 * replaces it and rebuilds what calls it, and the same change here.
 */
const prerequisites = [
  sql`CREATE EXTENSION IF NOT EXISTS unaccent`,
  sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`,
  // unaccent() is only STABLE (it reads a dictionary); indexes need an IMMUTABLE function.
  sql`CREATE OR REPLACE FUNCTION tb_fold(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, replace(replace($1, 'đ', 'd'), 'Đ', 'D'))) $$`,
  // array_to_string() is only STABLE; generated search columns join keyword arrays with this.
  sql`CREATE OR REPLACE FUNCTION tb_words(text[]) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT coalesce(array_to_string($1, ' '), '') $$`,
  // Filterable codes as `facet:code` tokens for the GIN-indexed filter_tokens columns.
  sql`CREATE OR REPLACE FUNCTION tb_tokens(facet text, codes text[]) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT coalesce(array_agg(facet || ':' || c), '{}') FROM unnest(codes) AS c WHERE c <> '' $$`,
  // A search's facet codes packed into one column: scalar codes, then the list codes (see facet-key.ts).
  sql`CREATE OR REPLACE FUNCTION tb_facet_key(scalars text[], items text[]) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT array_to_string(scalars || coalesce(array_to_string(items, ','), ''), '|', '') $$`,
];

export async function migrateDatabase(database: Database): Promise<void> {
  for (const statement of prerequisites) await database.db.execute(statement);
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePg(database.db as unknown as NodePgDatabase, { migrationsFolder });
  }
}
