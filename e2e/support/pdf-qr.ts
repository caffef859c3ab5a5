import zlib from 'node:zlib';
import jsQR from 'jsqr';
import sharp from 'sharp';

type PdfImage = { width: number; height: number; channels: 1 | 3; pixels: Buffer };

const channelsOf: Record<string, 1 | 3> = { DeviceGray: 1, DeviceRGB: 3 };

/**
 * The 8-bit images a PDF embeds (as pdfkit writes them: an image XObject whose stream is the
 * pixels deflated, the alpha channel apart in an SMask), decoded. Images stored with a PNG
 * predictor or a palette are not read: the caller fails rather than misreading them.
 */
function pdfImages(pdf: Buffer): PdfImage[] {
  const text = pdf.toString('latin1');
  const images: PdfImage[] = [];
  const object = /\d+ 0 obj\s*<<([\s\S]*?)>>\s*stream\r?\n/g;
  for (let match = object.exec(text); match; match = object.exec(text)) {
    const dict = match[1];
    if (!/\/Subtype\s*\/Image/.test(dict) || /\/DecodeParms/.test(dict) || !/\/BitsPerComponent\s+8/.test(dict)) continue;
    const channels = channelsOf[/\/ColorSpace\s*\/(\w+)/.exec(dict)?.[1] ?? ''];
    const length = Number(/\/Length\s+(\d+)/.exec(dict)?.[1]);
    if (!channels || !length || !/\/Filter\s*\/FlateDecode/.test(dict)) continue;
    const start = match.index + match[0].length;
    const pixels = zlib.inflateSync(pdf.subarray(start, start + length));
    images.push({ width: Number(/\/Width\s+(\d+)/.exec(dict)?.[1]), height: Number(/\/Height\s+(\d+)/.exec(dict)?.[1]), channels, pixels });
  }
  return images;
}

/** The text of every QR code found in the PDF's images. */
export async function qrCodesInPdf(pdf: Buffer): Promise<string[]> {
  const found: string[] = [];
  for (const image of pdfImages(pdf)) {
    const { data, info } = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: image.channels } })
      .toColourspace('srgb')
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const code = jsQR(new Uint8ClampedArray(data), info.width, info.height);
    if (code?.data) found.push(code.data);
  }
  return found;
}
