import { findFutureTimestamps } from '@/lib/anomalies/find-future-timestamps';
import type { MeterValuesRequest, MeterValuesResponse } from '../ocpp16-types';
import { clockCheck } from './clock-check';
import type { ActionHandler } from './types';

/** Answered once the shared batch holding these samples has committed; the writer publishes. */
export const handleMeterValues: ActionHandler<MeterValuesRequest, MeterValuesResponse> = async (
  scope,
  params,
) => {
  const { ctx, stationId } = scope;
  await ctx.meterValues.write({
    stationId,
    connectorId: params.connectorId,
    transactionId: params.transactionId ?? null,
    meterValue: params.meterValue,
    anomalies: findFutureTimestamps(
      stationId,
      'MeterValues',
      params.meterValue.map((value) => new Date(value.timestamp)),
      clockCheck(scope),
    ),
  });
  return { response: {} };
};
