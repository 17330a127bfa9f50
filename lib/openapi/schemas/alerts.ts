import { z } from 'zod';
import { alertSeverity } from '@/db/schema';
import type { TAlert, TOperatorAlert } from '@/lib/alerts/alert';
import { itemsOf, pageOf, ZIsoDateTime } from './common';

export const ZAlertSeverity = z.enum(alertSeverity.enumValues).meta({ id: 'AlertSeverity' });

const alertFields = {
  id: z.uuid(),
  title: z.string(),
  message: z.string(),
  severity: ZAlertSeverity,
  effectiveAt: ZIsoDateTime,
  expiresAt: ZIsoDateTime.nullable().describe('Null: until deleted'),
  siteIds: z.array(z.uuid()).describe('Empty with stationIds: for everyone'),
  stationIds: z.array(z.uuid()),
};

export const ZAlert = z.object(alertFields).meta({
  id: 'Alert',
  description: 'An operator’s broadcast, shown as a banner while in effect.',
});

export const ZAlertList = itemsOf(ZAlert).meta({ id: 'AlertList' });

export const ZOperatorAlert = z
  .object({
    ...alertFields,
    state: z.enum(['active', 'scheduled', 'expired']),
    createdBy: z.uuid().nullable(),
    createdAt: ZIsoDateTime,
  })
  .meta({ id: 'OperatorAlert' });

export const ZOperatorAlertPage = pageOf(ZOperatorAlert).meta({ id: 'OperatorAlertPage' });

type TFits<Documented, Actual extends Documented> = Actual;

/** Fails `tsc` when the data functions return fields the schemas do not document. */
export type TAlertResponseTypes = [
  TFits<z.output<typeof ZAlert>, TAlert>,
  TFits<z.output<typeof ZOperatorAlert>, TOperatorAlert>,
];
