import { getTableColumns } from 'drizzle-orm';
import type { demands, experts, offers } from '../../../db/schema/index.js';

type CatalogueTable = typeof offers | typeof demands | typeof experts;
/** Generated for search alone: large, and only the database reads them. */
type SearchColumn = 'searchVector' | 'titleVector' | 'facetKey' | 'filterTokens';

/** A catalogue record as the application reads and writes it: every column but the search ones. */
export type RecordRow<T extends CatalogueTable> = Omit<T['$inferSelect'], SearchColumn>;

/** The columns a catalogue record is read with (select and returning): all but the search ones. */
export function recordColumns<T extends CatalogueTable>(table: T): Omit<T['_']['columns'], SearchColumn> {
  const { searchVector: _search, titleVector: _title, facetKey: _facets, filterTokens: _filters, ...columns } = getTableColumns(table);
  return columns as Omit<T['_']['columns'], SearchColumn>;
}
