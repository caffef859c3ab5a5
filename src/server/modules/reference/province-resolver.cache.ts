import type { Executor } from '../../../db/client.js';
import { buildProvinceResolver, type ProvinceResolver, type ResolvedProvince } from '../../../domain/provinces/resolve-province.js';
import { databaseKey } from '../../database-memo.js';
import { listLegacyProvinces, listProvinces } from './reference.repository.js';

/**
 * One resolver per database, built on first use and kept for a minute (another server process may
 * rename a province); an edit in this process drops it at once. Keyed by the database's SQL dialect,
 * which the database and every transaction opened on it share, so calls inside a transaction hit it too.
 */
const TTL_MS = 60_000;
const resolvers = new WeakMap<object, { resolver: Promise<ProvinceResolver>; loadedAt: number }>();

async function loadResolver(db: Executor): Promise<ProvinceResolver> {
  const [current, legacy] = await Promise.all([listProvinces(db), listLegacyProvinces(db)]);
  return buildProvinceResolver(current, legacy);
}

function resolverFor(db: Executor): Promise<ProvinceResolver> {
  const key = databaseKey(db);
  const cached = resolvers.get(key);
  if (cached && Date.now() - cached.loadedAt < TTL_MS) return cached.resolver;
  const resolver = loadResolver(db);
  // A failed load must not stay cached, or every later call would fail too.
  resolver.catch(() => resolvers.delete(key));
  resolvers.set(key, { resolver, loadedAt: Date.now() });
  return resolver;
}

/** The current (and, if named, legacy) province for what a person typed: name or code (read as `codes`), any spelling. */
export async function resolveProvinceInput(
  db: Executor,
  input: string | null | undefined,
  codes: 'current' | 'legacy' = 'current',
): Promise<ResolvedProvince | null> {
  if (!input || !input.trim()) return null;
  return (await resolverFor(db))(input, codes);
}

export function invalidateProvinceResolver(db: Executor): void {
  resolvers.delete(databaseKey(db));
}
