import { customType } from 'drizzle-orm/pg-core';

/** Binary data; node-postgres answers a Buffer and PGlite a Uint8Array, so both are read as a Buffer. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
});
