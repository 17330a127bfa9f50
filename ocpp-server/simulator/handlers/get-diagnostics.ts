import { getDiagnostics as startUpload } from '../maintenance';
import type { InboundHandler } from './handler';

export const getDiagnostics: InboundHandler<'GetDiagnostics'> = (ctx, request) => ({
  fileName: startUpload(ctx, request),
});
