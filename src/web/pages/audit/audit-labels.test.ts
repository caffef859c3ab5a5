import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workflowActions } from '../../../domain/catalogue/workflow.js';
import { connectionStages } from '../../../domain/connections/stages.js';
import { taskActions } from '../../../domain/programmes/task-states.js';
import { auditActionLabel, auditEntityLabel, auditLabels } from './audit-labels.js';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return file.endsWith('.ts') && !file.endsWith('.test.ts') ? [fs.readFileSync(file, 'utf8')] : [];
  });
}

const code = sources('src/server');
/** Every action code written literally where the server records an audit entry ("action: x ? 'a.b' : 'a.c'" included). */
const literalActions = new Set(
  code
    .flatMap((text) => text.split('\n').filter((line) => /\baction:/.test(line)))
    .flatMap((line) => [...line.matchAll(/'([a-z_-]+(?:\.[a-zA-Z_-]+)+)'/g)].map((m) => m[1]!)),
);
/** The codes built from parts: a catalogue record's workflow, a programme task's steps, a connection's stages. */
const builtActions = [
  ...['offer', 'demand', 'expert'].flatMap((type) =>
    [...workflowActions, 'create', 'update', 'expire', 'import-create', 'import-update', 'seed'].map((verb) => `${type}.${verb}`),
  ),
  ...['offer', 'demand'].flatMap((type) => ['merged_into', 'duplicate_merged', 'duplicate_distinct'].map((verb) => `${type}.${verb}`)),
  ...taskActions.map((action) => `programme-task.${action}`),
  ...connectionStages.map((stage) => `connection.stage.${stage}`),
  ...['provincialScore', 'ministryScore'].map((field) => `award.${field}`),
];
const entityTypes = new Set([...code.join('\n').matchAll(/entityType: '([^']+)'/g)].map((m) => m[1]!).concat(['offer', 'demand', 'expert']));

describe('audit log labels', () => {
  it('finds the actions it checks (the scan of the server still works)', () => {
    expect(literalActions.size).toBeGreaterThan(80);
    expect(entityTypes.size).toBeGreaterThan(25);
  });

  it.each(['vi', 'en'] as const)('labels every action the server records in %s, none as "other change"', (language) => {
    const unlabelled = [...literalActions, ...builtActions].filter((action) => auditActionLabel(action, language) === auditLabels[language].otherAction);
    expect(unlabelled).toEqual([]);
  });

  it.each(['vi', 'en'] as const)('labels every kind of record in %s', (language) => {
    expect([...entityTypes].filter((type) => auditEntityLabel(type, language) === auditLabels[language].otherEntity)).toEqual([]);
  });

  it('has the same labels in both languages, and an unknown code reads as "other", never as itself', () => {
    expect(Object.keys(auditLabels.en.verbs).sort()).toEqual(Object.keys(auditLabels.vi.verbs).sort());
    expect(Object.keys(auditLabels.en.entities).sort()).toEqual(Object.keys(auditLabels.vi.entities).sort());
    expect(auditActionLabel('widget.frobnicate', 'vi')).toBe('Thay đổi khác');
    expect(auditEntityLabel('widget', 'en')).toBe('Other record');
    expect(auditActionLabel('roadmap.item.move', 'vi')).toBe('Chuyển hạng mục');
    expect(auditActionLabel('connection.stage.mou', 'en')).toBe('Stage: MoU signed');
  });
});
