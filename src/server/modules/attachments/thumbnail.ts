import sharp from 'sharp';

const THUMBNAIL_WIDTH = 320;

/** A small WebP preview of an image (first frame of a GIF), or null if the image cannot be decoded. */
export async function makeThumbnail(image: Buffer): Promise<Buffer | null> {
  try {
    return await sharp(image, { limitInputPixels: 100_000_000 })
      .rotate()
      .resize({ width: THUMBNAIL_WIDTH, height: THUMBNAIL_WIDTH, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer();
  } catch {
    return null;
  }
}
