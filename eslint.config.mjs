import nextPlugin from '@next/eslint-plugin-next';
import { defineConfig, globalIgnores } from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Next's own rules, React hooks, accessibility and type-aware TypeScript rules. Not
 * eslint-config-next: its import plugin pulls in native resolver builds for other platforms
 * that the lockfile cannot hold here, which breaks `npm ci`.
 */
export default defineConfig([
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Handlers passed to JSX and event emitters may return promises on purpose.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    // Async functions that satisfy a promise-returning contract need no await of their own.
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    // Asymmetric matchers (expect.any) are typed any by design.
    files: ['**/*.test.ts', 'e2e/**'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['app/**', 'components/**'],
    // Test helpers such as useTestDb() only look like React hooks.
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    plugins: { '@next/next': nextPlugin, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  globalIgnores([
    '.next/**',
    '.data/**',
    'node_modules/**',
    'db/migrations/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
  ]),
]);
