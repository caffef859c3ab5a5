import { publicationMachine } from '../../../domain/catalogue/workflow.js';

/** Offers and experts that may appear as matches: published ones. */
export const matchableSupplyStatuses: string[] = [...publicationMachine.publicStatuses];
/** Demands that may appear as matches, and that are worth re-ranking: those still seeking. */
export const matchableDemandStatuses = ['open', 'connecting'];
