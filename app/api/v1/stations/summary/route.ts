import { withAuth } from '@/lib/api/with-auth';
import { getConsoleSummary } from '@/lib/stations/get-console-summary';

/** Counts for the console header: stations online/offline, connectors by status, sessions. */
export const GET = withAuth(({ db }) => getConsoleSummary(db), { role: 'operator' });
