import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  parseTariffForm,
  type TTariffFormState,
} from '@/components/admin/tariffs/tariff-form-data';
import type { Database } from '@/db/client';
import { sites, stations, tariffs } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { TSessionUser } from '@/lib/auth/auth-session-store';
import { actionRefusal } from '@/lib/auth/action-refusal';

function refusal(user: TSessionUser | null): TTariffFormState | null {
  return actionRefusal(user, 'operator', 'tariffs are for operators');
}

/** Creates a tariff, or updates the one named by the form's `id`. */
export async function runSaveTariff(
  db: Database,
  user: TSessionUser | null,
  form: FormData,
): Promise<TTariffFormState> {
  const refused = refusal(user);
  if (refused) return refused;
  const parsed = parseTariffForm(form);
  if (!parsed.ok) {
    return {
      status: 'invalid',
      message: 'Check the fields marked.',
      fieldErrors: parsed.fieldErrors,
    };
  }
  const id = form.get('id');
  if (!id) {
    await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(tariffs)
        .values(parsed.tariff)
        .returning({ id: tariffs.id });
      await recordAudit(tx, {
        actorId: user!.id,
        action: 'tariff.created',
        targetType: 'tariff',
        targetId: created!.id,
        details: { name: parsed.tariff.name },
      });
    });
    return { status: 'saved', message: `Tariff “${parsed.tariff.name}” created.` };
  }
  const tariffId = z.uuid().safeParse(id);
  const updated = tariffId.success
    ? await db.transaction(async (tx) => {
        const rows = await tx
          .update(tariffs)
          .set({ ...parsed.tariff, updatedAt: sql`now()` })
          .where(eq(tariffs.id, tariffId.data))
          .returning({ id: tariffs.id });
        if (rows.length > 0) {
          await recordAudit(tx, {
            actorId: user!.id,
            action: 'tariff.updated',
            targetType: 'tariff',
            targetId: tariffId.data,
            details: { name: parsed.tariff.name },
          });
        }
        return rows;
      })
    : [];
  if (updated.length === 0) return { status: 'refused', message: 'Tariff not found.' };
  return { status: 'saved', message: `Tariff “${parsed.tariff.name}” saved.` };
}

const ZAssignment = z.object({
  target: z.enum(['site', 'station']),
  targetId: z.uuid(),
  /** Empty = no tariff of its own (a station then falls back to its site's). */
  tariffId: z.union([z.uuid(), z.literal('').transform(() => null)]),
});

/** Sets (or clears) the tariff of one site or station. */
export async function runAssignTariff(
  db: Database,
  user: TSessionUser | null,
  form: FormData,
): Promise<TTariffFormState> {
  const refused = refusal(user);
  if (refused) return refused;
  const [target, targetId] = z.string().catch('').parse(form.get('targetKey')).split(':');
  const parsed = ZAssignment.safeParse({ target, targetId, tariffId: form.get('tariffId') ?? '' });
  if (!parsed.success) {
    return { status: 'refused', message: 'Choose a site or station and a tariff.' };
  }
  const { tariffId } = parsed.data;
  const table = parsed.data.target === 'site' ? sites : stations;
  const updated = await db.transaction(async (tx) => {
    const rows = await tx
      .update(table)
      .set({ tariffId })
      .where(eq(table.id, parsed.data.targetId))
      .returning({ id: table.id });
    if (rows.length > 0) {
      await recordAudit(tx, {
        actorId: user!.id,
        action: 'tariff.assigned',
        targetType: parsed.data.target,
        targetId: parsed.data.targetId,
        details: { tariffId },
      });
    }
    return rows;
  });
  if (updated.length === 0) return { status: 'refused', message: `Unknown ${parsed.data.target}.` };
  return { status: 'saved', message: tariffId ? 'Tariff assigned.' : 'Tariff removed.' };
}
