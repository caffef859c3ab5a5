import type { Actor } from '../modules/auth/actor.js';

/** A job (an import, say) is its creator's, and platform admins', to follow. */
export function canSeeJob(actor: Actor, job: { createdBy: string | null }): boolean {
  return job.createdBy === actor.userId || actor.isPlatformAdmin;
}
