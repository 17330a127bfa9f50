import { z } from 'zod';
import type {
  TRebalanceState,
  TWhatIfState,
} from '@/components/admin/smart-charging/what-if-state';
import type { Database, Executor } from '@/db/client';
import type { TSessionUser } from '@/lib/auth/auth-session-store';
import { actionRefusal } from '@/lib/auth/action-refusal';
import type { EventHub } from '@/lib/events/event-hub';
import { getSiteLoad } from '@/lib/smart-charging/load-management/get-site-load';
import { rebalanceSite } from '@/lib/smart-charging/load-management/rebalance-site';
import { whatIfSiteLimit } from '@/lib/smart-charging/load-management/what-if';

const blankAsUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

const ZWhatIfForm = z.object({
  siteId: z.uuid(),
  gridLimitKw: z.coerce
    .number({ error: 'must be a number of kW' })
    .min(0, { error: 'must be 0 kW or more' })
    .max(100_000, { error: 'must be at most 100,000 kW' }),
  extraCars: z.preprocess(
    blankAsUndefined,
    z.coerce.number().int({ error: 'must be a whole number' }).min(0).max(50).default(0),
  ),
  extraCarKw: z.preprocess(
    blankAsUndefined,
    z.coerce.number().min(1, { error: 'must be at least 1 kW' }).max(400).default(11),
  ),
});

function refusal(user: TSessionUser | null) {
  return actionRefusal(user, 'operator', 'load management is for operators');
}

/**
 * The allocation a grid limit would give the site's charging sessions, plus any cars the
 * operator expects to arrive, before the limit is changed. Sends nothing.
 */
export async function runWhatIf(
  db: Executor,
  user: TSessionUser | null,
  form: FormData,
): Promise<TWhatIfState> {
  const refused = refusal(user);
  if (refused) return refused;
  const parsed = ZWhatIfForm.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { status: 'invalid', message: 'Check the fields marked.', fieldErrors };
  }
  const { siteId, gridLimitKw, extraCars, extraCarKw } = parsed.data;
  const gridLimitW = Math.round(gridLimitKw * 1000);
  let sessions: { label: string; maxW: number }[] | undefined;
  if (extraCars > 0) {
    // With arrivals added the current sessions are listed too; every car is assumed to take
    // what it is given (its rating; without one, only the site limits it), as an arrival would.
    const load = await getSiteLoad(db, siteId);
    if (!load) return { status: 'refused', message: 'Site not found.' };
    sessions = [
      ...load.sessions.map((s) => ({
        label: `${s.stationName} #${s.connectorId}`,
        maxW: s.maxW ?? Math.max(1, gridLimitW),
      })),
      ...Array.from({ length: extraCars }, (_, i) => ({
        label: `Arriving car ${i + 1}`,
        maxW: Math.round(extraCarKw * 1000),
      })),
    ];
  }
  const allocation = await whatIfSiteLimit(db, {
    siteId,
    gridLimitW,
    ...(sessions ? { sessions } : {}),
  });
  if (!allocation) return { status: 'refused', message: 'Site not found.' };
  return { status: 'done', allocation };
}

/** Recomputes the site's shares now and sends what changed; the console's "rebalance now". */
export async function runRebalance(
  deps: { db: Database; events: EventHub; timeoutMs?: number },
  user: TSessionUser | null,
  form: FormData,
): Promise<TRebalanceState> {
  const refused = refusal(user);
  if (refused) return refused;
  const siteId = z.uuid().safeParse(form.get('siteId'));
  if (!siteId.success) return { status: 'refused', message: 'Site not found.' };
  const result = await rebalanceSite(
    { db: deps.db, events: deps.events },
    { siteId: siteId.data, reason: 'console', timeoutMs: deps.timeoutMs },
  );
  if (!result) return { status: 'refused', message: 'Site not found.' };
  if (result.outcome === 'no_limit') {
    return { status: 'done', message: 'The site has no grid limit: nothing to share.' };
  }
  const changed = result.sessions.filter((s) => s.action === 'lowered' || s.action === 'raised');
  const failed = result.sessions.filter((s) => s.action === 'failed');
  return {
    status: 'done',
    message: `${result.sessions.length} session(s): ${changed.length} changed, ${failed.length} failed; ${(result.totalEnforcedW / 1000).toFixed(1)} kW enforced of ${((result.limitW ?? 0) / 1000).toFixed(1)} kW.`,
  };
}
