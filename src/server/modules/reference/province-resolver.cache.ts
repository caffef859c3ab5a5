import type { Db } from '../../../db/client.js';
import { buildProvinceResolver, type ProvinceResolver, type ResolvedProvince } from '../../../domain/provinces/resolve-province.js';
import { listLegacyProvinces, listProvinces } from './reference.repository.js';

/** One resolver per database, built on first use; province edits drop it so the next call sees them. */
const resolvers = new WeakMap<Db, Promise<ProvinceResolver>>();

async function loadResolver(db: Db): Promise<ProvinceResolver> {
  const [current, legacy] = await Promise.all([listProvinces(db), listLegacyProvinces(db)]);
  return buildProvinceResolver(current, legacy);
}

function resolverFor(db: Db): Promise<ProvinceResolver> {
  let resolver = resolvers.get(db);
  if (!resolver) {
    resolver = loadResolver(db);
    // A failed load must not stay cached, or every later call would fail too.
    resolver.catch(() => resolvers.delete(db));
    resolvers.set(db, resolver);
  }
  return resolver;
}

/** The current (and, if named, legacy) province for what a person typed: name or code, any spelling. */
export async function resolveProvinceInput(db: Db, input: string | null | undefined): Promise<ResolvedProvince | null> {
  if (!input || !input.trim()) return null;
  return (await resolverFor(db))(input);
}

export function invalidateProvinceResolver(db: Db): void {
  resolvers.delete(db);
}
