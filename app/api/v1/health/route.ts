import { sql } from 'drizzle-orm';
import { ApiError } from '@/lib/api/api-error';
import { withAuth } from '@/lib/api/with-auth';

export const dynamic = 'force-dynamic';

/** Liveness for load balancers and the e2e harness: answers 200 only when the database does. */
export const GET = withAuth(
  async ({ db }) => {
    try {
      await db.execute(sql`select 1`);
    } catch (error) {
      console.error('[health] database check failed', error);
      throw new ApiError('service_unavailable', 'The database is not reachable');
    }
    return { status: 'ok', database: 'ok' };
  },
  { public: true },
);
