import { demandMachine, publicationMachine } from '../../../domain/catalogue/workflow.js';
import { OPEN_DATA_LICENCE } from '../../../shared/open-data/open-data.schemas.js';

/** Which statuses are public, by the catalogue's own workflow machines (never a list of our own). */
export const publicStatuses = {
  offer: publicationMachine.publicStatuses,
  demand: demandMachine.publicStatuses,
  expert: publicationMachine.publicStatuses,
} as const;

export const licenceLine = `${OPEN_DATA_LICENCE.name} — ${OPEN_DATA_LICENCE.url} — ${OPEN_DATA_LICENCE.attribution}`;
