import { describe, expect, it } from 'vitest';
import { detectFileKind, storedFileName } from './file-kind.js';

/** An OLE compound file header followed by the given UTF-16 stream name, as Word, Excel and MSI files start. */
function compoundFile(streamName: string): Buffer {
  const data = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(data);
  Buffer.from(streamName, 'utf16le').copy(data, 1100);
  return data;
}

describe('detectFileKind', () => {
  it('judges by content, not by the name', async () => {
    expect(await detectFileKind(Buffer.from('%PDF-1.7\n%%EOF'), 'photo.jpg')).toEqual({ mimeType: 'application/pdf', isImage: false });
    expect(await detectFileKind(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300)]), 'report.pdf')).toBeNull();
  });

  it('accepts legacy .doc and .xls only when they hold a Word or Excel stream', async () => {
    expect(await detectFileKind(compoundFile('WordDocument'), 'hop-dong.doc')).toEqual({ mimeType: 'application/msword', isImage: false });
    expect(await detectFileKind(compoundFile('Workbook'), 'so-lieu.xls')).toEqual({ mimeType: 'application/vnd.ms-excel', isImage: false });
    // An installer package is a compound file too.
    expect(await detectFileKind(compoundFile('SummaryInformation'), 'setup.doc')).toBeNull();
    expect(await detectFileKind(compoundFile('WordDocument'), 'setup.msi')).toBeNull();
  });

  it('accepts UTF-8 text only as .txt or .csv, and never with NUL bytes', async () => {
    expect(await detectFileKind(Buffer.from('Tên,TRL\nLò sấy,7\n'), 'bang.csv')).toEqual({ mimeType: 'text/csv', isImage: false });
    expect(await detectFileKind(Buffer.from('echo hi'), 'run.sh')).toBeNull();
    expect(await detectFileKind(Buffer.from([0x61, 0x00, 0x62]), 'notes.txt')).toBeNull();
    expect(await detectFileKind(Buffer.from([0xc3, 0x28]), 'notes.txt')).toBeNull();
  });

  it('stores a file under the extension of what it is', () => {
    expect(storedFileName('invoice.html', 'image/png')).toBe('invoice.png');
    expect(storedFileName('ảnh.JPEG', 'image/jpeg')).toBe('ảnh.JPEG');
    expect(storedFileName('bao-cao', 'application/pdf')).toBe('bao-cao.pdf');
    expect(storedFileName('.html', 'text/plain')).toBe('file.txt');
  });
});
