import type { DataTransferRequest, DataTransferResponse } from '../ocpp16-types';
import { refuseUnlessAccepted } from './registration-gate';
import type { ActionHandler } from './types';

/** No vendor extensions are supported yet; OCPP's answer for that is UnknownVendorId. */
export const handleDataTransfer: ActionHandler<DataTransferRequest, DataTransferResponse> = async (
  scope,
) => {
  refuseUnlessAccepted(scope, 'DataTransfer');
  return { response: { status: 'UnknownVendorId' } };
};
