import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SessionCostLines } from '@/components/driver/history/session-cost-lines';
import { SessionFacts } from '@/components/driver/history/session-facts';
import { viewerTimeZone } from '@/components/driver/history/viewer-time-zone';
import { energySeries } from '@/components/driver/session/meter-series';
import { OPEN_STATUSES } from '@/components/driver/session/session-format';
import { LineChart } from '@/components/ui/charts/line-chart';
import { ApiError } from '@/lib/api/api-error';
import { ZIdParams } from '@/lib/api/id-params';
import { requireRole } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { getReceipt } from '@/lib/receipts/get-receipt';
import { getSessionDetail } from '@/lib/sessions/get-session-detail';

export const metadata: Metadata = { title: 'Session' };

const CARD = 'rounded-xl border border-slate-200 bg-white p-4 shadow-sm';

/** A receipt exists once the session finished with a final cost; otherwise there is none yet. */
async function receiptOf(sessionId: string, viewer: { id: string; role: 'driver' }) {
  try {
    return await getReceipt(getDb(), { sessionId, viewer });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'conflict') return null;
    throw error;
  }
}

export default async function SessionDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const raw = await params;
  const { user } = await requireRole('driver', `/history/${encodeURIComponent(raw.id)}`);
  const parsed = ZIdParams.safeParse(raw);
  if (!parsed.success) notFound();
  // The page is the driver's own view, operators included: only their own sessions.
  const viewer = { id: user.id, role: 'driver' as const };
  const [session, receipt, browserZone] = await Promise.all([
    getSessionDetail(getDb(), { id: parsed.data.id, viewer }),
    receiptOf(parsed.data.id, viewer),
    viewerTimeZone(),
  ]);
  if (!session) notFound();
  const timeZone = receipt?.timeZone ?? browserZone;
  const open = OPEN_STATUSES.includes(session.status);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <div>
        <Link href="/history" className="text-brand-700 text-sm underline">
          ← History
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">{session.station.name}</h1>
        <p className="text-sm text-slate-600">Times in the site’s time zone ({timeZone}).</p>
      </div>
      {open && (
        <p className="bg-brand-50 rounded-lg p-3 text-sm">
          This session is still running.{' '}
          <Link href={`/session?id=${session.id}`} className="text-brand-700 font-medium underline">
            Watch it live
          </Link>
        </p>
      )}
      <section aria-labelledby="facts" className={CARD}>
        <h2 id="facts" className="mb-2 font-semibold">
          Details
        </h2>
        <SessionFacts session={session} timeZone={timeZone} />
      </section>
      <section aria-labelledby="energy" className={CARD}>
        <h2 id="energy" className="mb-2 font-semibold">
          Energy delivered
        </h2>
        <LineChart
          points={energySeries(session.meterValues)}
          label="Energy delivered"
          unit="kWh"
          timeZone={timeZone}
          emptyText="The charger sent no meter readings for this session."
        />
      </section>
      <section aria-labelledby="cost" className={CARD}>
        <h2 id="cost" className="mb-2 font-semibold">
          Cost
        </h2>
        {receipt ? (
          <>
            <SessionCostLines receipt={receipt} />
            <a
              href={`/api/v1/drivers/me/sessions/${session.id}/receipt`}
              download
              className="bg-brand-600 hover:bg-brand-700 mt-4 inline-block rounded-lg px-4 py-2.5 text-sm font-semibold text-white"
            >
              Download receipt (PDF)
            </a>
          </>
        ) : (
          <p className="text-sm text-slate-600">
            {open
              ? 'The final cost and receipt appear when the session ends.'
              : 'No receipt: this session did not charge.'}
          </p>
        )}
      </section>
    </div>
  );
}
