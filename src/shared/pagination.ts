import { z } from 'zod';

/** A cursor that is the time of the last row of the previous page, as the server hands it out (ISO 8601). */
export const TimeCursor = z.iso.datetime({ offset: true });
