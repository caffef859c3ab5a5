/** A language's strings as one JSON tree (a feature folder's vi.json or en.json, or the shell's). */
export type Strings = Record<string, unknown>;
type Placed = Strings & { errorReasons?: unknown; notificationKinds?: unknown; notifications?: unknown };

/**
 * Where each feature folder's strings go in the one translation tree. A feature's own keys sit under
 * one top-level key; the reasons of its refusals join the shared `errors.reasons` and its
 * notification kinds `notifications.kinds`, where the shell's error and notification texts look.
 */
export const featureStrings = {
  assessment: (s: Placed) => ({ assessment: s, errors: { reasons: s.errorReasons }, notifications: { kinds: s.notificationKinds } }),
  catalogue: (s: Placed) => ({ catalogue: s }),
  connections: (s: Placed) => ({ connectionList: s }),
  councils: (s: Placed) => ({ councils: s, errors: { reasons: s.errorReasons } }),
  duplicates: (s: Placed) => ({ duplicates: s, errors: { reasons: s.errorReasons } }),
  events: (s: Placed) => ({ events: s, errors: { reasons: s.errorReasons }, notifications: { kinds: { event: s.notificationKinds } } }),
  imports: (s: Placed) => ({ imports: s }),
  'listing-outcomes': (s: Placed) => ({ listingOutcomes: s }),
  'listing-quality': (s: Placed) => ({ listingQuality: s }),
  matching: (s: Placed) => ({ myMatches: s }),
  'open-data': (s: Placed) => ({ openData: s }),
  programmes: (s: Placed) => ({ programmes: s, errors: { reasons: s.errorReasons }, notifications: { kinds: { programme: s.notificationKinds } } }),
  roadmaps: (s: Placed) => ({ roadmaps: s, errors: { reasons: s.errorReasons }, notifications: { kinds: { roadmap: s.notificationKinds } } }),
  'saved-listings': (s: Placed) => ({ savedListings: s }),
  'saved-searches': (s: Placed) => ({ savedSearches: s, notifications: s.notifications }),
} satisfies Record<string, (strings: Placed) => Strings>;

/**
 * What languages/vi.ts and languages/en.ts hold: the shell's strings, and each feature folder's
 * strings by the path of its file (`../../pages/<folder>/i18n/vi.json`).
 */
export type LanguageStrings = { core: Strings; features: Record<string, Strings> };

/** The parts of one language's translation tree, in the order they are merged (features deep-merge into the shell's). */
export function translationParts(strings: LanguageStrings): Strings[] {
  const byFolder = new Map(Object.entries(strings.features).map(([file, content]) => [file.split('/').at(-3), content]));
  return [
    strings.core,
    ...Object.entries(featureStrings).map(([folder, place]) => {
      const content = byFolder.get(folder);
      if (!content) throw new Error(`No strings for the feature folder ${folder}`);
      return place(content);
    }),
  ];
}
