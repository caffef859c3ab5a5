/**
 * Dates typed and shown as dd/mm/yyyy whatever the browser's locale (a native date input in an
 * en-US browser shows mm/dd/yyyy, which a Vietnamese reader takes for the wrong day). The server
 * gets ISO: yyyy-mm-dd for a day, an instant for a moment read in Vietnam's time (UTC+7, no DST).
 */
const VIETNAM_OFFSET_MINUTES = 7 * 60;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** yyyy-mm-dd → dd/mm/yyyy; anything else is returned as it came (half-typed text stays). */
export function isoDateToText(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

function realDate(day: number, month: number, year: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCDate() !== day || probe.getUTCMonth() !== month - 1) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * "d/m/yyyy" (also with "-" or "." between, or eight digits ddmmyyyy as a phone's number pad types
 * them) → yyyy-mm-dd; '' for blank; null when it is not a real date.
 */
export function textToIsoDate(text: string): string | null | '' {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed);
  if (!m) return null;
  return realDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** An instant → "dd/mm/yyyy hh:mm" in Vietnam's time. */
export function instantToText(iso: string | null | undefined): string {
  if (!iso) return '';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const local = new Date(time + VIETNAM_OFFSET_MINUTES * 60_000);
  return `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** "dd/mm/yyyy hh:mm" read in Vietnam's time → an ISO instant; '' for blank; null when not a real moment. */
export function textToInstant(text: string): string | null | '' {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const m = /^(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})[ ,T]+(\d{1,2})[:h.](\d{2})$/.exec(trimmed);
  if (!m) return null;
  const day = textToIsoDate(m[1]);
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  if (!day || hours > 23 || minutes > 59) return null;
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date, hours, minutes) - VIETNAM_OFFSET_MINUTES * 60_000).toISOString();
}
