import { afterAll, inject } from 'vitest';
import { createDb, type DbHandle } from '@/db/client';

/** A pool on the run's throwaway database, closed after the file's tests. */
export function useTestDb(): DbHandle {
  const handle = createDb(inject('databaseUrl'), { max: 5 });
  afterAll(() => handle.close());
  return handle;
}

export function testDatabaseUrl(): string {
  return inject('databaseUrl');
}
