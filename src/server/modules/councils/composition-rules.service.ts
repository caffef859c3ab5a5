import type { Db, Executor } from '../../../db/client.js';
import {
  compositionRuleProblems,
  defaultCompositionRules,
  normalisedRule,
  type CompositionRule,
  type CouncilKind,
} from '../../../domain/programmes/council-rules.js';
import type { CompositionRuleBody } from '../../../shared/councils/councils.schemas.js';
import type { z } from 'zod';
import { FieldError } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { authorizeEditCompositionRules } from './councils.policy.js';
import * as repo from './councils.repository.js';

/** Each kind's composition rule: the one staff stored, else the default. */
export async function compositionRules(db: Executor): Promise<Record<CouncilKind, CompositionRule>> {
  const stored = await repo.storedRules(db);
  const rules = { ...defaultCompositionRules };
  for (const row of stored) if (row.kind in rules) rules[row.kind as CouncilKind] = row.rule as unknown as CompositionRule;
  return rules;
}

const view = (kind: CouncilKind, rule: CompositionRule) => ({ kind, ...rule, scorerCounts: [...rule.scorerCounts] });

/**
 * Agency staff set the rule a kind's councils are formed by (and their dossiers' quorum). A rule no
 * council could keep is refused with each impossible part named; councils already formed keep
 * their members.
 */
export async function editCompositionRule(db: Db, actor: Actor, ctx: AuditContext, kind: CouncilKind, body: z.infer<typeof CompositionRuleBody>) {
  authorizeEditCompositionRules(actor);
  const rule = normalisedRule(body);
  const problems = compositionRuleProblems(rule);
  if (problems.length) throw new FieldError(problems);
  return db.transaction(async (tx) => {
    const before = await repo.lockStoredRule(tx, kind);
    await repo.saveRule(tx, kind, rule, actor.userId);
    await recordAudit(tx, ctx, {
      action: 'council.composition-rule.edit',
      entityType: 'council-kind',
      entityId: kind,
      before: before?.rule ?? { ...defaultCompositionRules[kind] },
      after: rule,
    });
    return view(kind, rule);
  });
}

/** Back to the default of the law for a kind (Decision 1244/QĐ-BKHCN and the programme's rules). */
export async function resetCompositionRule(db: Db, actor: Actor, ctx: AuditContext, kind: CouncilKind) {
  authorizeEditCompositionRules(actor);
  return db.transaction(async (tx) => {
    const before = await repo.lockStoredRule(tx, kind);
    if (before) {
      await repo.deleteRule(tx, kind);
      await recordAudit(tx, ctx, {
        action: 'council.composition-rule.reset',
        entityType: 'council-kind',
        entityId: kind,
        before: before.rule,
        after: { ...defaultCompositionRules[kind] },
      });
    }
    return view(kind, defaultCompositionRules[kind]);
  });
}
