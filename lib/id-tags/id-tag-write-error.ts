import { ApiError } from '@/lib/api/api-error';
import { violatedForeignKey, violatedUniqueConstraint } from '@/db/constraint-violation';

/**
 * What the constraints said about an id tag write, as an API error: a taken token is a 409, an
 * unknown driver a 422 naming `userId`. The database decides, so concurrent writes are caught.
 */
export function idTagWriteError(error: unknown): unknown {
  if (violatedUniqueConstraint(error) !== null) {
    return new ApiError('conflict', 'An id tag with this token already exists');
  }
  if (violatedForeignKey(error)?.includes('user')) {
    return new ApiError('validation_failed', 'Invalid request body', [
      { path: 'userId', message: 'No user has this id' },
    ]);
  }
  return error;
}
