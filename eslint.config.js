// The rules the code keeps, and the import rules that encode the architecture (README → Architecture).
// `test/lint/import-rules.test.ts` proves that breaking an import rule fails the lint.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const databaseDrivers = ['drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/pglite', '@electric-sql/pglite/*'];

/** `no-restricted-imports` for one layer: module paths (globs) it may not import, and why. */
function forbid(groups) {
  return {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: groups.map(({ group, message, allowTypeImports = false }) => ({ group, message, allowTypeImports })),
      },
    ],
  };
}

const driversOnlyInRepositories = {
  group: databaseDrivers,
  message: 'Drizzle and the database drivers are used only by repositories (*.repository.ts) and src/db.',
  allowTypeImports: true,
};
const schemaOnlyInRepositories = {
  group: ['**/db/schema', '**/db/schema/*'],
  message: 'Tables are read and written only by repositories (*.repository.ts).',
  allowTypeImports: true,
};
const noServer = { group: ['**/server', '**/server/*'], message: 'This layer must not import the server.' };
const noDatabase = { group: ['**/db', '**/db/*', ...databaseDrivers], message: 'This layer must not import the database.' };
const noShared = { group: ['**/shared', '**/shared/*'], message: 'src/domain is pure: src/shared imports the domain, not the reverse.' };
/** Roles that grant rights: council seats (src/domain/programmes/council-rules), membership and platform roles. */
const authorisationRoles = '/^(chair|vice-chair|member|secretary|admin|user)$/';
/** A side of a comparison that reads `x.name` or `x?.name`. */
const member = (side, name) => `:matches([${side}.property.name=${name}], [${side}.expression.property.name=${name}])`;
/** Fields that hold someone's role: `role`, and the caller's own seat on a council (`myRole`). */
const roleNames = '/^(role|myRole)$/';
const noSeed = { group: ['**/seed', '**/seed/*'], message: 'Seeds are loaded from the composition root (scripts, CLI, tests), not by the app.' };

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', '.tmp/**', 'node_modules/**', 'coverage/**', 'src/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  { files: ['**/*.js', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },
  { files: ['src/web/**/*.tsx', 'src/web/**/*.ts'], plugins: { 'react-hooks': reactHooks }, rules: reactHooks.configs.recommended.rules },

  // Architecture: each layer's imports (README → "Where things live").
  { files: ['src/domain/**'], ignores: ['**/*.test.ts'], rules: forbid([noServer, noDatabase, noShared, noSeed]) },
  // A domain test may check its rules against the shipped reference data.
  { files: ['src/domain/**/*.test.ts'], rules: forbid([noServer, noDatabase, noShared]) },
  { files: ['src/shared/**'], rules: forbid([noServer, noDatabase, noSeed]) },
  { files: ['src/web/**'], rules: forbid([noServer, noDatabase, noSeed]) },
  { files: ['src/db/**'], rules: forbid([noServer, noSeed]) },
  {
    files: ['src/server/**', 'src/seed/**'],
    ignores: ['**/*.repository.ts'],
    rules: forbid([driversOnlyInRepositories, schemaOnlyInRepositories, noSeed]),
  },
  { files: ['src/server/**/*.repository.ts'], rules: forbid([noSeed]) },

  // Who may do what is decided in each module's policy (`can…` / `authorize…`); the web reads /api/auth/me abilities.
  {
    files: ['src/server/**', 'src/web/**'],
    ignores: ['**/*.policy.ts', '**/*.repository.ts', 'src/server/modules/auth/actor.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(isAgency|isPlatformAdmin)$/]',
          message: 'A role check belongs in the module policy (a can… predicate); the web uses /api/auth/me abilities.',
        },
        {
          selector: "MemberExpression[property.name='length'][object.property.name=/^(connectionPointProvinces|repOfficeCountries|connectionPointIds)$/]",
          message: 'Whether someone is staff is decided in the module policy (isConnectionPointStaff, can…), not by counting their scopes.',
        },
        {
          // What kind of organisation someone works for (agency, department, office…) decides what they may do: a policy question.
          selector: `BinaryExpression[operator=/^[!=]==?$/]:matches(${member('left', "'organisationKind'")}, ${member('right', "'organisationKind'")})`,
          message: 'Deciding by the kind of organisation someone works for belongs in the module policy; the web reads /api/auth/me abilities.',
        },
        {
          // Authorisation roles: a council seat (chair, secretary…), a membership or platform role (admin). Domain sides that are
          // not authorisation (an event registration's exhibitor/seeker, an agreement party's transferee) are not listed.
          selector: `BinaryExpression[operator=/^[!=]==?$/]:matches(${member('left', roleNames)}[right.value=${authorisationRoles}], ${member('right', roleNames)}[left.value=${authorisationRoles}])`,
          message: 'A role check belongs in the module policy (isSecretary, can…); the web uses /api/auth/me abilities or the record’s abilities.',
        },
      ],
    },
  },
);
