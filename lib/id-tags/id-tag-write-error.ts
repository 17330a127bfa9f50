import { ApiError } from '@/lib/api/api-error';
import { FOREIGN_KEY_VIOLATION, postgresError, UNIQUE_VIOLATION } from '@/lib/sites/postgres-error';

/**
 * What the constraints said about an id tag write, as an API error: a taken token is a 409, an
 * unknown driver a 422 naming `userId`. The database decides, so concurrent writes are caught.
 */
export function idTagWriteError(error: unknown): unknown {
  const failure = postgresError(error);
  if (failure?.code === UNIQUE_VIOLATION) {
    return new ApiError('conflict', 'An id tag with this token already exists');
  }
  if (failure?.code === FOREIGN_KEY_VIOLATION && failure.constraint?.includes('user')) {
    return new ApiError('validation_failed', 'Invalid request body', [
      { path: 'userId', message: 'No user has this id' },
    ]);
  }
  return error;
}
