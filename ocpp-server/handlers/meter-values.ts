import type { MeterValuesRequest, MeterValuesResponse } from '../ocpp16-types';
import type { ActionHandler } from './types';

/** Answered once the shared batch holding these samples has committed; the writer publishes. */
export const handleMeterValues: ActionHandler<MeterValuesRequest, MeterValuesResponse> = async (
  { ctx, stationId },
  params,
) => {
  await ctx.meterValues.write({
    stationId,
    connectorId: params.connectorId,
    transactionId: params.transactionId ?? null,
    meterValue: params.meterValue,
  });
  return { response: {} };
};
