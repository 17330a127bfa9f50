import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const eslintConfig = defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    // No React outside app/ and components/: `useTestDb()` and Playwright's fixture `use()`
    // only look like hooks.
    files: ['lib/**', 'db/**', 'ocpp-server/**', 'scripts/**', 'bench/**', 'test/**', 'e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
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

export default eslintConfig;
