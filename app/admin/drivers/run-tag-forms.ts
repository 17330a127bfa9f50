import { z } from 'zod';
import type { TDriverFormState } from '@/components/admin/drivers/driver-form-state';
import type { Database } from '@/db/client';
import { ApiError } from '@/lib/api/api-error';
import { recordAudit } from '@/lib/audit/record-audit';
import type { TSessionUser } from '@/lib/auth/auth-session-store';
import { createIdTag } from '@/lib/id-tags/create-id-tag';
import { ZCreateIdTagRequest } from '@/lib/id-tags/id-tag-requests';
import { updateIdTag } from '@/lib/id-tags/update-id-tag';
import { operatorRefusal } from './operator-check';

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

/** A date input means "valid through that day" (UTC). */
const endOfDay = (day: string | undefined) =>
  day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T23:59:59Z` : day;

/** Issues a new RFID tag to a driver (optional parent tag and expiry), audited as tag.issued. */
export async function runIssueTag(
  db: Database,
  user: TSessionUser | null,
  form: FormData,
): Promise<TDriverFormState> {
  const refused = operatorRefusal(user);
  if (refused || !user) return refused!;
  const parsed = ZCreateIdTagRequest.safeParse({
    idTag: text(form, 'idTag') ?? '',
    userId: text(form, 'userId'),
    parentIdTag: text(form, 'parentIdTag'),
    expiresAt: endOfDay(text(form, 'expiresAt')),
    label: text(form, 'label'),
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? 'idTag');
      fieldErrors[key] ??= issue.message;
    }
    return { status: 'invalid', message: 'Check the fields marked.', fieldErrors };
  }
  try {
    const tag = await db.transaction(async (tx) => {
      const created = await createIdTag(tx, parsed.data);
      await recordAudit(tx, {
        actorId: user.id,
        action: 'tag.issued',
        targetType: 'id_tag',
        targetId: created.id,
        details: { idTag: created.idTag, userId: created.userId, parentIdTag: created.parentIdTag },
      });
      return created;
    });
    return { status: 'saved', message: `Tag ${tag.idTag} issued.` };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'conflict') {
      return {
        status: 'invalid',
        message: 'Check the fields marked.',
        fieldErrors: { idTag: 'This token is already registered' },
      };
    }
    if (error instanceof ApiError && error.code === 'validation_failed') {
      return { status: 'refused', message: 'No such driver.' };
    }
    throw error;
  }
}

const ZTagChange = z.object({
  tagId: z.uuid(),
  intent: z.enum(['block', 'unblock', 'expire']),
  confirmed: z.literal('yes').optional(),
});

const CHANGES = {
  block: { changes: () => ({ status: 'Blocked' as const }), action: 'tag.blocked' },
  unblock: { changes: () => ({ status: 'Accepted' as const }), action: 'tag.unblocked' },
  expire: {
    changes: () => ({ status: 'Expired' as const, expiresAt: new Date() }),
    action: 'tag.expired',
  },
};

const QUESTIONS = {
  block: 'Block this tag? Chargers will refuse it (after their local list is updated).',
  expire: 'Expire this tag now? It cannot start sessions any more.',
};

/** Blocks, unblocks or expires a tag (blocking and expiring ask first); audited. */
export async function runChangeTag(
  db: Database,
  user: TSessionUser | null,
  form: FormData,
): Promise<TDriverFormState> {
  const refused = operatorRefusal(user);
  if (refused || !user) return refused!;
  const parsed = ZTagChange.safeParse({
    tagId: form.get('tagId'),
    intent: form.get('intent'),
    confirmed: form.get('confirmed') ?? undefined,
  });
  if (!parsed.success) return { status: 'refused', message: 'Tag not found.' };
  const { tagId, intent, confirmed } = parsed.data;
  if (intent !== 'unblock' && !confirmed)
    return { status: 'confirm', message: QUESTIONS[intent], intent };
  const change = CHANGES[intent];
  const tag = await db.transaction(async (tx) => {
    const updated = await updateIdTag(tx, tagId, change.changes());
    if (!updated) return null;
    await recordAudit(tx, {
      actorId: user.id,
      action: change.action,
      targetType: 'id_tag',
      targetId: updated.id,
      details: { idTag: updated.idTag, status: updated.status },
    });
    return updated;
  });
  if (!tag) return { status: 'refused', message: 'Tag not found.' };
  return { status: 'saved', message: `Tag ${tag.idTag} is now ${tag.status}.` };
}
