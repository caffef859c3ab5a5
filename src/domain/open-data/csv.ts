/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180); arrays joined by "; ". */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join('; ') : String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet: prefix it with an apostrophe.
  const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A CSV document with a header line, CRLF line ends (RFC 4180) and a BOM so spreadsheets read UTF-8. */
export function toCsv<T extends Record<string, unknown>>(columns: ReadonlyArray<keyof T & string>, rows: Iterable<T>): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The same header line and rows, for writing a large file in pieces. */
export function csvLine(values: unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
