import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The project's own eslint.config.js, without the type-aware rules (the probes are not files of the project).
const eslint = new ESLint({ overrideConfig: [tseslint.configs.disableTypeChecked] });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const broken = (list: string[], rule: string) => list.filter((p) => p.startsWith(rule));

describe('architecture rules in eslint.config.js', () => {
  it('keep the domain pure: no server, database, shared or seed imports', async () => {
    for (const target of ['../../server/app.js', '../../db/client.js', '../../shared/limits.js', '../../seed/prepare-database.js', 'drizzle-orm']) {
      const found = await problems('src/domain/text/probe.ts', `import { x } from '${target}';\nexport const y = x;\n`);
      expect(broken(found, '@typescript-eslint/no-restricted-imports'), target).toHaveLength(1);
    }
  });

  it('keep Drizzle and the tables inside repositories and src/db', async () => {
    const service = await problems('src/server/modules/offers/probe.service.ts', `import { eq } from 'drizzle-orm';\nexport const y = eq;\n`);
    expect(broken(service, '@typescript-eslint/no-restricted-imports')).toHaveLength(1);
    const tables = await problems(
      'src/server/modules/offers/probe.service.ts',
      `import { offers } from '../../../db/schema/index.js';\nexport const y = offers;\n`,
    );
    expect(broken(tables, '@typescript-eslint/no-restricted-imports')).toHaveLength(1);
    const repository = await problems('src/server/modules/offers/probe.repository.ts', `import { eq } from 'drizzle-orm';\nexport const y = eq;\n`);
    expect(broken(repository, '@typescript-eslint/no-restricted-imports')).toHaveLength(0);
  });

  it('keep the web off the server and the database, and src/db off the server', async () => {
    expect(
      broken(
        await problems('src/web/pages/probe.tsx', `import { buildApp } from '../../server/app.js';\nexport const y = buildApp;\n`),
        '@typescript-eslint/no-restricted-imports',
      ),
    ).toHaveLength(1);
    expect(
      broken(
        await problems('src/web/pages/probe.tsx', `import { offers } from '../../db/schema/index.js';\nexport const y = offers;\n`),
        '@typescript-eslint/no-restricted-imports',
      ),
    ).toHaveLength(1);
    expect(
      broken(
        await problems('src/db/probe.ts', `import { buildApp } from '../server/app.js';\nexport const y = buildApp;\n`),
        '@typescript-eslint/no-restricted-imports',
      ),
    ).toHaveLength(1);
  });

  it('keep role checks in policies', async () => {
    const code = `export const f = (actor: { isAgency: boolean }) => actor.isAgency;\n`;
    expect(broken(await problems('src/server/modules/offers/probe.service.ts', code), 'no-restricted-syntax')).toHaveLength(1);
    expect(broken(await problems('src/server/modules/offers/probe.policy.ts', code), 'no-restricted-syntax')).toHaveLength(0);
  });

  it('catch a council or membership role compared outside a policy, in a service or in the web', async () => {
    const probes = [
      `export const f = (me: { role: string } | null) => me?.role === 'secretary';\n`,
      `export const f = (member: { role: string }) => member.role !== 'chair';\n`,
      `export const f = (user: { role: string }) => 'admin' === user.role;\n`,
      `export const f = (me: { user: { role: string } }) => me.user.role === 'user';\n`,
      `export const f = (c: { myRole: string | null }) => c.myRole !== 'secretary';\n`,
    ];
    for (const code of probes) {
      expect(broken(await problems('src/server/modules/councils/probe.service.ts', code), 'no-restricted-syntax'), code).toHaveLength(1);
      expect(broken(await problems('src/web/pages/councils/probe.tsx', code), 'no-restricted-syntax'), code).toHaveLength(1);
      expect(broken(await problems('src/server/modules/councils/probe.policy.ts', code), 'no-restricted-syntax'), code).toHaveLength(0);
    }
  });

  it('catch a decision by organisation kind outside a policy', async () => {
    const probes = [
      `type M = { organisationKind: string; organisationId: string };\nexport const f = (ms: M[]) => ms.filter((m) => m.organisationKind === 'dost');\n`,
      `export const f = (m: { organisationKind: string }) => 'rep-office' !== m.organisationKind;\n`,
    ];
    for (const code of probes) {
      expect(broken(await problems('src/server/modules/award/probe.service.ts', code), 'no-restricted-syntax'), code).toHaveLength(1);
      expect(broken(await problems('src/web/pages/roadmaps/probe.tsx', code), 'no-restricted-syntax'), code).toHaveLength(1);
      expect(broken(await problems('src/server/modules/award/probe.policy.ts', code), 'no-restricted-syntax'), code).toHaveLength(0);
    }
  });

  it('leave domain sides that are not authorisation alone (an event registration, an agreement party)', async () => {
    const code = `export const f = (r: { role: string }, p: { role: string }) => r.role === 'exhibitor' || p.role !== 'transferee';\n`;
    expect(broken(await problems('src/server/modules/events/probe.service.ts', code), 'no-restricted-syntax')).toHaveLength(0);
  });
});
