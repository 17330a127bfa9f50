import {
  parseSiteForm,
  ZSiteId,
  type TSiteFormState,
} from '@/components/admin/sites/site-form-data';
import type { Database } from '@/db/client';
import { ApiError } from '@/lib/api/api-error';
import { recordAudit } from '@/lib/audit/record-audit';
import type { TSessionUser } from '@/lib/auth/auth-session-store';
import { actionRefusal } from '@/lib/auth/action-refusal';
import { createSite } from '@/lib/sites/create-site';
import { updateSite } from '@/lib/sites/update-site';

function refusal(user: TSessionUser | null): TSiteFormState | null {
  return actionRefusal(user, 'operator', 'sites are for operators');
}

/** Creates a site, or updates the one named by the form's `id`; audited in the same transaction. */
export async function runSaveSite(
  db: Database,
  user: TSessionUser | null,
  form: FormData,
): Promise<TSiteFormState> {
  const refused = refusal(user);
  if (refused || !user) return refused!;
  const parsed = parseSiteForm(form);
  if (!parsed.ok) {
    return {
      status: 'invalid',
      message: 'Check the fields marked.',
      fieldErrors: parsed.fieldErrors,
    };
  }
  const rawId = form.get('id');
  const id = rawId ? ZSiteId.safeParse(rawId) : null;
  if (id && !id.success) return { status: 'refused', message: 'Site not found.' };
  try {
    return await db.transaction(async (tx) => {
      const site = id
        ? await updateSite(tx, id.data, parsed.site)
        : await createSite(tx, parsed.site);
      if (!site) return { status: 'refused', message: 'Site not found.' };
      await recordAudit(tx, {
        actorId: user.id,
        action: id ? 'site.updated' : 'site.created',
        targetType: 'site',
        targetId: site.id,
        details: { name: site.name, gridLimitW: site.gridLimitW, tariffId: site.tariffId },
      });
      return {
        status: 'saved',
        message: `Site “${site.name}” ${id ? 'saved' : 'created'}.`,
        siteId: site.id,
      };
    });
  } catch (error) {
    // The tariff was deleted between rendering the form and submitting it.
    if (error instanceof ApiError && error.code === 'validation_failed') {
      return {
        status: 'invalid',
        message: 'Check the fields marked.',
        fieldErrors: { tariffId: 'This tariff no longer exists' },
      };
    }
    throw error;
  }
}
