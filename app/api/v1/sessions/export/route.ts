import { withAuth } from '@/lib/api/with-auth';
import { streamConsoleSessionsCsv } from '@/lib/sessions/console-session-csv';
import { ZConsoleSessionFilters } from '@/lib/sessions/console-session-filters';

/** Every session under the console's filters as a CSV download, streamed batch by batch. */
export const GET = withAuth(
  async ({ db, query }) => {
    const chunks = streamConsoleSessionsCsv(db, query);
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="chargedeck-console-sessions-${day}.csv"`,
        'Cache-Control': 'private, no-store',
      },
    });
  },
  { role: 'operator', query: ZConsoleSessionFilters },
);
