import type { Tx } from '../../client.js';

/** Fictional demo organisations, people and records (see seed-facts). */
export async function loadDemoData(tx: Tx) {
  void tx;
}
