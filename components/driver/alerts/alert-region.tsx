import { getDb } from '@/lib/db';
import { listAlertsInEffect } from '@/lib/alerts/list-alerts-in-effect';
import { AlertBanners } from './alert-banners';

/**
 * Operator alerts in effect for this visitor: global ones, plus (signed in) those aimed at the
 * sites and stations of their favorites and open sessions.
 */
export async function AlertRegion({ userId }: { userId: string | null }) {
  const alerts = await listAlertsInEffect(getDb(), userId ? { userId } : {});
  return (
    <AlertBanners
      alerts={alerts.map(({ id, title, message, severity }) => ({ id, title, message, severity }))}
    />
  );
}
