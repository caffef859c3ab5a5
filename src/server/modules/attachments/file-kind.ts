import { fileTypeFromBuffer } from 'file-type';

/** A file we accept, with the type we store and serve it as. */
export type FileKind = { mimeType: string; isImage: boolean };

const sniffedAllowed = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/gif',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
]);

const extension = (fileName: string) => fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';

/** UTF-16LE stream names that an OLE compound file of Word or Excel contains (an .msi does not). */
const legacyOffice: Record<string, { mimeType: string; stream: Buffer }> = {
  doc: { mimeType: 'application/msword', stream: Buffer.from('WordDocument', 'utf16le') },
  xls: { mimeType: 'application/vnd.ms-excel', stream: Buffer.from('Workbook', 'utf16le') },
};

function isPlainText(data: Buffer): boolean {
  if (data.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
}

/**
 * The kind of an uploaded file judged from its bytes (the declared type is ignored), or null
 * when it is not one we accept. Text has no signature, so .txt/.csv must be valid UTF-8 without NULs;
 * legacy .doc/.xls must be compound files holding a Word or Excel stream.
 */
export async function detectFileKind(data: Buffer, fileName: string): Promise<FileKind | null> {
  const sniffed = await fileTypeFromBuffer(data);
  const ext = extension(fileName);
  if (sniffed && sniffedAllowed.has(sniffed.mime)) return { mimeType: sniffed.mime, isImage: sniffed.mime.startsWith('image/') };
  if (sniffed?.mime === 'application/x-cfb') {
    const legacy = legacyOffice[ext];
    if (legacy && data.includes(legacy.stream)) return { mimeType: legacy.mimeType, isImage: false };
    return null;
  }
  if (!sniffed && (ext === 'txt' || ext === 'csv') && isPlainText(data)) {
    return { mimeType: ext === 'csv' ? 'text/csv' : 'text/plain', isImage: false };
  }
  return null;
}

/** The extensions each accepted type is stored under; the first is the one given to a name that has none of them. */
const extensionsOf: Record<string, string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
  'image/gif': ['gif'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/msword': ['doc'],
  'application/vnd.ms-excel': ['xls'],
  'text/plain': ['txt'],
  'text/csv': ['csv'],
};

/**
 * The name a file is stored and downloaded under: its own when the extension matches what its
 * content is, else with the detected type's extension in place of the claimed one, so an image
 * named `invoice.html` is kept as `invoice.png` and never opens as a page.
 */
export function storedFileName(fileName: string, mimeType: string): string {
  const allowed = extensionsOf[mimeType] ?? [];
  const ext = extension(fileName);
  if (!allowed.length || allowed.includes(ext)) return fileName;
  const base = ext ? fileName.slice(0, -(ext.length + 1)) : fileName;
  return `${base || 'file'}.${allowed[0]}`;
}
