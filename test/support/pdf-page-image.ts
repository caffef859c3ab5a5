import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import sharp from 'sharp';

/*
 * A PDF's first page as a PNG image, to check what a reader sees. With poppler's pdftoppm on the
 * machine (PDFTOPPM names another path) the page is rendered whole; without it, the picture the
 * first page draws (pdfkit's image XObject, found through the page tree and the page's own
 * resources, and drawn by the page's content) is read back as the PNG it was embedded from.
 */

function objects(pdf: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const m of pdf.matchAll(/(\d+) 0 obj\b([\s\S]*?)\bendobj/g)) found.set(Number(m[1]), m[2]);
  return found;
}

const ref = (text: string, key: string) => {
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(text);
  return m ? Number(m[1]) : undefined;
};

/** The bytes between `stream` and `endstream` of an object (Length is trusted, as pdfkit writes it). */
function streamOf(pdf: Buffer, objectNumber: number, dictionary: string): Buffer {
  const start = pdf.indexOf('stream\n', pdf.indexOf(`\n${objectNumber} 0 obj`)) + 'stream\n'.length;
  const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1]);
  return pdf.subarray(start, start + length);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The image the first page draws, rebuilt as a PNG (Flate data with PNG predictors is a PNG's IDAT). */
function drawnImage(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const all = objects(text);
  const catalog = [...all.values()].find((body) => body.includes('/Type /Catalog')) ?? '';
  const pages = all.get(ref(catalog, 'Pages') ?? -1) ?? '';
  const firstPageId = Number(/\/Kids \[(\d+) 0 R/.exec(pages)?.[1]);
  const page = all.get(firstPageId) ?? '';
  const resourcesId = ref(page, 'Resources');
  const resources = resourcesId === undefined ? page : (all.get(resourcesId) ?? '');
  const xobject = /\/XObject <<\s*\/(\w+) (\d+) 0 R/.exec(resources);
  if (!xobject) throw new Error('the first page draws no image');
  const content = streamOf(pdf, ref(page, 'Contents') ?? -1, all.get(ref(page, 'Contents') ?? -1) ?? '');
  const drawn = (() => {
    try {
      return inflateSync(content).toString('latin1');
    } catch {
      return content.toString('latin1');
    }
  })();
  if (!drawn.includes(`/${xobject[1]} Do`)) throw new Error('the first page does not draw its image');
  const imageId = Number(xobject[2]);
  const image = all.get(imageId) ?? '';
  const number = (key: string) => Number(new RegExp(`/${key} (\\d+)`).exec(image)?.[1]);
  if (!image.includes('/Subtype /Image') || !image.includes('/FlateDecode') || !image.includes('/DeviceRGB')) {
    throw new Error(`unexpected image: ${image.slice(0, 200)}`);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(number('Width'), 0);
  header.writeUInt32BE(number('Height'), 4);
  header.writeUInt8(number('BitsPerComponent'), 8);
  header.writeUInt8(2, 9); // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', streamOf(pdf, imageId, image)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The first page as a PNG: rendered by pdftoppm when there is one, else the picture it draws. */
export function pdfFirstPageImage(pdf: Buffer): { png: Buffer; rendered: boolean } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-page-'));
  try {
    fs.writeFileSync(path.join(dir, 'file.pdf'), pdf);
    execFileSync(process.env.PDFTOPPM ?? 'pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', path.join(dir, 'file.pdf'), path.join(dir, 'page')], {
      stdio: 'ignore',
    });
    const page = fs.readdirSync(dir).find((f) => f.endsWith('.png'));
    if (page) return { png: fs.readFileSync(path.join(dir, page)), rendered: true };
  } catch {
    // No poppler here: read the picture the page draws.
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { png: drawnImage(pdf), rendered: false };
}

/** How many pixels of an image are of one colour (#rrggbb, each channel within `tolerance`). */
export async function pixelsOfColour(png: Buffer, hex: string, tolerance = 8): Promise<number> {
  const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let count = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    if (want.every((value, c) => Math.abs(data[i + c] - value) <= tolerance)) count++;
  }
  return count;
}
