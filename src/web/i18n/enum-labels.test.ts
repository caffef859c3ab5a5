import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import auditEn from '../pages/audit/i18n/en.json';
import auditVi from '../pages/audit/i18n/vi.json';
import { translationParts } from './feature-strings.js';
import en from './languages/en.js';
import vi from './languages/vi.js';

type Tree = Record<string, unknown>;
type Language = 'vi' | 'en';

/** The strings the app holds once every feature folder has added its own (what i18n.ts builds from languages/vi.ts and en.ts). */
const store: Record<Language, Tree> = { vi: {}, en: {} };

function merge(target: Tree, source: Tree) {
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (!target[key] || typeof target[key] !== 'object') target[key] = {};
      merge(target[key] as Tree, value as Tree);
    } else target[key] = value;
  }
}

const shared = path.join(import.meta.dirname, '..', '..', 'shared');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/**
 * Enumerations of the shared schemas that no page shows as a word, each with the reason. Anything
 * else the schemas enumerate is shown somewhere and must have a label in both languages.
 */
const notShown: Record<string, string> = {
  'false|true': 'a query flag (unread, mine)',
  'jsonl|xlsx': 'a file format of imports and exports, shown as the file extension',
  'csv|json': 'a file format in a download address',
  'demands.csv|demands.jsonl|events.csv|events.jsonl|experts.csv|experts.jsonl|offers.csv|offers.jsonl|statistics-agreements.csv|statistics-collected.csv|statistics-connections.csv|statistics-events.csv':
    'bulk open-data files, shown by their file names',
  'channel|country|province|sector|year': 'open-data dimensions, named in the open API document only',
  'merged|withdrawn': "why an open-data record went away, for the open API's machines",
  'assessment|demand|expert|offer': "an attachment's owner: a file is shown on its record's page",
  'failed|queued|running|succeeded': "a background job's state: the import page turns it into its progress bar and sentences",
  'country|field|language|ownerType|province|sector|trl':
    'search facets: each has its heading (catalogue.search.facets); TRL is filtered by the TRL range instead',
  'foreign-source|over-budget|phrases|same-field|same-field-group|same-sector|trl-below|trl-fit|within-budget':
    "match reasons, shown as sentences: catalogue.matches.reason.* with the names of fields, sectors and countries, else the server's own text in both languages",
  'accepted|contract|declined|meeting|mou|proposed|reopened|stalled|transferred':
    'the stage a change asks for: each button names its action, and the stage reached is shown by connections.stages',
  'all|coming|past': 'the events list offers coming and past events as two tabs (events.when), never "all"',
  'demand|supply': "which side of an organisation's match is its own: the matches page says it in a sentence (myMatches.forDemand / forSupply)",
  'answered|dont-know|not-applicable':
    'an answer\'s state: the questionnaire offers "don\'t know" and "not applicable" as choices with their own words, an answer shows its value',
  'accepted|expired|pending|revoked': 'an invitation: only open ones are listed, with their role and expiry',
  'call|standing': 'a call shows its deadline; a standing call says so (programmes.calls.standing)',
  'equipment|innovation|management|process|rd|skills': "a roadmap gap's kind orders the actions offered for it; the gap shows its target",
  'admin|user': 'a platform role: the users page shows it as the platform-admin switch',
};

function isLabelTable(value: unknown): value is Record<string, { vi: unknown; en: unknown }> {
  if (!value || typeof value !== 'object' || value instanceof z.ZodType || Array.isArray(value)) return false;
  const entries = Object.values(value);
  return entries.length > 0 && entries.every((entry) => entry && typeof entry === 'object' && 'vi' in entry && 'en' in entry);
}

/** Every enumeration of the shared schemas, by its sorted values, with where it is declared. */
async function sharedEnumerations(): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  const add = (values: string[], where: string) => {
    const key = [...values].sort().join('|');
    found.set(key, [...(found.get(key) ?? []), where]);
  };
  const seen = new WeakSet<object>();
  const walk = (schema: unknown, where: string): void => {
    if (!(schema instanceof z.ZodType) || seen.has(schema)) return;
    seen.add(schema);
    const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'enum') add(Object.values(def.entries as Record<string, string>).map(String), where);
    for (const key of ['innerType', 'in', 'out', 'element', 'valueType', 'keyType', 'left', 'right', 'schema']) walk(def[key], where);
    if (def.shape) for (const [name, child] of Object.entries(def.shape as Record<string, unknown>)) walk(child, `${where}.${name}`);
    for (const child of [...((def.options as unknown[]) ?? []), ...((def.items as unknown[]) ?? [])]) walk(child, where);
  };
  for (const file of sourceFiles(shared)) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      const where = `${path.relative(shared, file)} ${name}`;
      if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) add(value as string[], where);
      else if (isLabelTable(value)) sharedLabels.push([where, value]);
      else walk(value, where);
    }
  }
  return found;
}

/** The label of `value` under `node`: a key of its own, or a dotted code ("connection.accepted") as nested keys. */
function labelOf(node: Tree, value: string): string | undefined {
  const direct = node[value];
  if (typeof direct === 'string') return direct;
  let current: unknown = node;
  for (const part of value.split('.')) current = current && typeof current === 'object' ? (current as Tree)[part] : undefined;
  return typeof current === 'string' ? current : undefined;
}

/** Objects of the shared modules that label codes in both languages themselves ({ code: { vi, en } }). */
const sharedLabels: Array<[string, Record<string, { vi: unknown; en: unknown }>]> = [];

const words = (label: unknown) => (typeof label === 'string' ? label : ((label as { label?: string } | undefined)?.label ?? '')).trim();

/** Paths of the objects of the strings that label every value, in both languages, with non-empty words. */
function labelSets(values: string[]): string[] {
  const paths: string[] = [];
  for (const [where, labels] of sharedLabels)
    if (values.every((value) => labels[value] && words(labels[value].vi) && words(labels[value].en))) paths.push(where);
  const visit = (node: Tree, at: string[]) => {
    if (values.every((value) => labelOf(node, value)?.trim())) {
      let english: unknown = store.en;
      for (const part of at) english = english && typeof english === 'object' ? (english as Tree)[part] : undefined;
      if (english && typeof english === 'object' && values.every((value) => labelOf(english as Tree, value)?.trim())) paths.push(at.join('.'));
    }
    for (const [key, child] of Object.entries(node)) if (child && typeof child === 'object') visit(child as Tree, [...at, key]);
  };
  visit(store.vi, []);
  return paths;
}

describe('labels of enumerated values', () => {
  it('label every value of every enumeration the shared schemas declare, in Vietnamese and English', async () => {
    for (const part of translationParts(vi)) merge(store.vi, part);
    for (const part of translationParts(en)) merge(store.en, part);
    // The audit page reads its own strings directly (audit-labels.ts).
    merge(store.vi, { audit: auditVi });
    merge(store.en, { audit: auditEn });
    const enumerations = await sharedEnumerations();
    // The walk reaches the schemas (a walk that found nothing would pass).
    expect(enumerations.size).toBeGreaterThan(50);
    for (const known of ['accepted|contract|declined|meeting|mou|proposed|stalled|transferred', 'connecting|open', 'daily|immediate|weekly'])
      expect([...enumerations.keys()]).toContain(known);

    const unlabelled = [...enumerations]
      .filter(([key]) => !(key in notShown))
      .filter(([key]) => labelSets(key.split('|')).length === 0)
      .map(([key, where]) => `${key} (${where.slice(0, 2).join('; ')})`);
    expect(unlabelled).toEqual([]);
    // An exemption for an enumeration that no longer exists would hide the next one of that name.
    expect(Object.keys(notShown).filter((key) => !enumerations.has(key))).toEqual([]);
  }, 60_000);
});
