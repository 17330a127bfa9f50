import { ApiError } from '@/lib/api/api-error';
import { resolveDriver, ZDriverItemParams } from '@/lib/api/driver-params';
import { withAuth } from '@/lib/api/with-auth';
import { getReceipt } from '@/lib/receipts/get-receipt';
import { renderReceiptPdf } from '@/lib/receipts/render-receipt-pdf';

/** The PDF receipt of one of the driver's finished sessions. */
export const GET = withAuth(
  async ({ db, user, params }) => {
    const driver = await resolveDriver(db, user, params.driverId);
    // Scoped to this driver even for an operator calling `me`: the path names whose session it is.
    const viewer = { id: driver.id, role: 'driver' as const };
    const receipt = await getReceipt(db, { sessionId: params.id, viewer });
    if (!receipt) throw new ApiError('not_found', 'Session not found');
    const pdf = await renderReceiptPdf(receipt);
    return new Response(Buffer.from(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="receipt-${receipt.sessionId}.pdf"`,
        'Cache-Control': 'private, no-store',
      },
    });
  },
  { params: ZDriverItemParams },
);
