import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { parseAlertForm, type TAlertFormState } from '@/components/admin/alerts/alert-form-data';
import type { Database } from '@/db/client';
import { alerts, stations } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import { createAlert } from '@/lib/alerts/create-alert';
import { deleteAlert } from '@/lib/alerts/delete-alert';
import { updateAlert } from '@/lib/alerts/update-alert';
import { recordAudit } from '@/lib/audit/record-audit';
import type { TSessionUser } from '@/lib/auth/auth-session-store';
import { actionRefusal } from '@/lib/auth/action-refusal';

function refusal(user: TSessionUser | null): TAlertFormState | null {
  return actionRefusal(user, 'operator', 'alerts are for operators');
}

/** Creates an alert now or scheduled (a future effective time), for everyone, sites or stations. */
export async function runCreateAlert(
  db: Database,
  user: TSessionUser | null,
  form: FormData,
): Promise<TAlertFormState> {
  const refused = refusal(user);
  if (refused || !user) return refused!;
  const parsed = parseAlertForm(form);
  if (!parsed.ok) {
    return {
      status: 'invalid',
      message: 'Check the fields marked.',
      fieldErrors: parsed.fieldErrors,
    };
  }
  const { alert } = parsed;
  let stationIds: string[] = [];
  if (alert.target === 'stations') {
    const found = await db
      .select({ id: stations.id, identity: stations.identity })
      .from(stations)
      .where(inArray(stations.identity, alert.stationIdentities));
    const unknown = alert.stationIdentities.filter((i) => !found.some((s) => s.identity === i));
    if (unknown.length > 0) {
      return {
        status: 'invalid',
        message: 'Check the fields marked.',
        fieldErrors: { stationIdentities: `No station named ${unknown.join(', ')}` },
      };
    }
    stationIds = found.map((s) => s.id);
  }
  const input = {
    title: alert.title,
    message: alert.message,
    severity: alert.severity,
    effectiveAt: alert.effectiveAt,
    expiresAt: alert.expiresAt ?? null,
    siteIds: alert.target === 'sites' ? alert.siteIds : [],
    stationIds,
  };
  try {
    const created = await db.transaction(async (tx) => {
      const row = await createAlert(tx, { createdBy: user.id, input });
      await recordAudit(tx, {
        actorId: user.id,
        action: 'alert.created',
        targetType: 'alert',
        targetId: row.id,
        details: { title: row.title, state: row.state, effectiveAt: row.effectiveAt },
      });
      return row;
    });
    const when =
      created.state === 'scheduled' ? `scheduled for ${created.effectiveAt}` : 'in effect';
    return { status: 'saved', message: `Alert “${created.title}” ${when}.` };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'validation_failed') {
      return {
        status: 'invalid',
        message: 'Check the fields marked.',
        fieldErrors: { siteIds: 'A chosen site no longer exists' },
      };
    }
    throw error;
  }
}

const ZAlertId = z.object({ id: z.uuid() });

/**
 * Ends an alert at once. A scheduled one is also moved to now, so "expired" holds (expiry must
 * follow the effective time). updateAlert runs its own transaction, so the audit row follows it.
 */
export async function runExpireAlert(
  db: Database,
  user: TSessionUser | null,
  form: FormData,
): Promise<TAlertFormState> {
  const refused = refusal(user);
  if (refused || !user) return refused!;
  const parsed = ZAlertId.safeParse({ id: form.get('id') });
  if (!parsed.success) return { status: 'refused', message: 'Unknown alert.' };
  const now = new Date();
  const [current] = await db
    .select({ effectiveAt: alerts.effectiveAt })
    .from(alerts)
    .where(eq(alerts.id, parsed.data.id));
  if (!current) return { status: 'refused', message: 'Unknown alert.' };
  const input =
    current.effectiveAt >= now
      ? { effectiveAt: new Date(now.getTime() - 1000), expiresAt: now }
      : { expiresAt: now };
  const updated = await updateAlert(db, { id: parsed.data.id, input });
  if (!updated) return { status: 'refused', message: 'Unknown alert.' };
  await recordAudit(db, {
    actorId: user.id,
    action: 'alert.expired',
    targetType: 'alert',
    targetId: updated.id,
    details: { title: updated.title },
  });
  return { status: 'saved', message: `Alert “${updated.title}” expired.` };
}

/** Deletes an alert (the page asks for confirmation first). */
export async function runDeleteAlert(
  db: Database,
  user: TSessionUser | null,
  form: FormData,
): Promise<TAlertFormState> {
  const refused = refusal(user);
  if (refused || !user) return refused!;
  const parsed = ZAlertId.safeParse({ id: form.get('id') });
  if (!parsed.success) return { status: 'refused', message: 'Unknown alert.' };
  const deleted = await db.transaction(async (tx) => {
    if (!(await deleteAlert(tx, { id: parsed.data.id }))) return false;
    await recordAudit(tx, {
      actorId: user.id,
      action: 'alert.deleted',
      targetType: 'alert',
      targetId: parsed.data.id,
    });
    return true;
  });
  return deleted
    ? { status: 'saved', message: 'Alert deleted.' }
    : { status: 'refused', message: 'Unknown alert.' };
}
