import { ZIdParams } from '@/lib/api/id-params';
import { withAuth } from '@/lib/api/with-auth';
import { webConfig } from '@/lib/config/web';
import { rotateStationPassword } from '@/lib/stations/rotate-station-password';
import { stationOcppUrl } from '@/lib/stations/station-ocpp-url';

/** A new OCPP password, shown once; the old one stops working at the charger's next connect. */
export const POST = withAuth(
  async ({ db, params }) => {
    const { identity, ocppPassword } = await rotateStationPassword(db, params.id);
    const ocppUrl = stationOcppUrl(webConfig().PUBLIC_OCPP_URL, identity);
    // A credential: no cache or proxy should keep a copy.
    return Response.json({ ocppPassword, ocppUrl }, { headers: { 'cache-control': 'no-store' } });
  },
  { role: 'operator', params: ZIdParams },
);
