/**
 * A connection's real last activity: its latest message, the day of its latest stage event, or
 * the day it opened — never when its row was last written (historic records are loaded in bulk).
 * The connection list computes the same rule in SQL (connections.repository `lastActivity`).
 */
export function lastActivityOf(openedOn: string, stageDays: readonly string[], messageTimes: readonly Date[]): Date {
  const times = [openedOn, ...stageDays].map((day) => new Date(`${day}T00:00:00Z`).getTime());
  return new Date(Math.max(...times, ...messageTimes.map((t) => t.getTime())));
}
