import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachments } from '../../src/db/schema/index.js';
import { moveDiskUploadsIntoDatabase } from '../../src/server/modules/attachments/legacy-uploads.js';
import { newOffer } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

describe('files uploaded by an older version, on disk', () => {
  it('are moved into the database at start, once, and download as before', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-legacy-uploads-'));
    const offer = await newOffer(ctx.database.db);
    const id = crypto.randomUUID();
    const key = `attachments/${id.slice(0, 2)}/${id}`;
    const bytes = Buffer.from('%PDF-1.4\n%%EOF\n');
    fs.mkdirSync(path.join(dataDir, 'uploads', path.dirname(key)), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'uploads', key), bytes);
    await ctx.database.db.insert(attachments).values({
      id,
      ownerType: 'offer',
      ownerId: offer.id,
      fileName: 'cu.pdf',
      mimeType: 'application/pdf',
      size: bytes.length,
      sha256: 'x',
      storageKey: key,
    });

    expect(await moveDiskUploadsIntoDatabase(ctx.database.db, dataDir)).toBe(1);
    expect(fs.existsSync(path.join(dataDir, 'uploads.moved-to-database', key))).toBe(true);
    expect(await moveDiskUploadsIntoDatabase(ctx.database.db, dataDir)).toBe(0);
    const download = await ctx.app.inject({ method: 'GET', url: `/api/attachments/${id}` });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(bytes)).toBe(true);
  });
});
