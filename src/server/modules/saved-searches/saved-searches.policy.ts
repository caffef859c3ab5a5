import { notFound } from '../../errors.js';
import type { Actor } from '../auth/actor.js';

/** A saved search is its owner's alone; anyone else is told it does not exist. */
export function authorizeSavedSearch<T extends { userId: string }>(actor: Actor, search: T | undefined): asserts search is T {
  if (!search || search.userId !== actor.userId) throw notFound('saved_search');
}
