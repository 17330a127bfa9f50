import type { TestProject } from 'vitest/node';
import { createTestDatabase, type TestDatabase } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

let database: TestDatabase | undefined;

/** TEST_DATABASE_URL (set by scripts/test.ts) is used as is; otherwise one is made and dropped. */
export async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('databaseUrl', given);
    return;
  }
  database = await createTestDatabase();
  project.provide('databaseUrl', database.url);
}

export async function teardown() {
  await database?.dispose();
}
