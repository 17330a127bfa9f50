import { describe, expect, it } from 'vitest';
import { ZBulkChargingProfileResult } from '@/lib/openapi/schemas/smart-charging';
import { aTxDefaultProfile, useProfileApi } from '@/lib/smart-charging/profile-api-test-kit';
import { aSite, aStation } from '@/test/builders';
import { POST } from './route';

const api = useProfileApi();
const { db } = api;
const UNKNOWN_ID = '00000000-0000-4000-8000-00000000abcd';

function bulk(body: unknown, role: 'operator' | 'driver' = 'operator') {
  return api.call(POST, { method: 'POST', url: '/api/v1/charging-profiles/bulk', body, role });
}

describe('POST /api/v1/charging-profiles/bulk', () => {
  it('sheds load across a site: a result per station, one offline and one rejecting among them', async () => {
    const site = await aSite(db);
    const received: unknown[] = [];
    const accepting = await api.aChargerAnswering(
      {
        SetChargingProfile: ({ params }) => {
          received.push(params);
          return { status: 'Accepted' };
        },
      },
      { siteId: site.id, identity: `A-${site.id.slice(0, 8)}` },
    );
    const rejecting = await api.aChargerAnswering(
      { SetChargingProfile: () => ({ status: 'Rejected' }) },
      { siteId: site.id, identity: `B-${site.id.slice(0, 8)}` },
    );
    const offline = await aStation(db, { siteId: site.id, identity: `C-${site.id.slice(0, 8)}` });
    await aStation(db); // elsewhere: untouched

    const { status, body } = await bulk({
      siteId: site.id,
      scenario: { scenario: 'peak_shaving', connectorId: 0, maxPowerW: 10_000 },
    });
    expect(status).toBe(200);
    expect(ZBulkChargingProfileResult.parse(body)).toEqual(body);
    expect(body.summary).toEqual({ accepted: 1, failed: 2 });
    expect(body.results).toEqual([
      {
        stationId: accepting.id,
        identity: accepting.identity,
        ok: true,
        status: 200,
        ocppStatus: 'Accepted',
        profile: expect.objectContaining({ chargingProfilePurpose: 'ChargePointMaxProfile' }),
      },
      {
        stationId: rejecting.id,
        identity: rejecting.identity,
        ok: false,
        status: 502,
        ocppStatus: 'Rejected',
        error: { code: 'charger_rejected', message: expect.any(String) },
      },
      {
        stationId: offline.id,
        identity: offline.identity,
        ok: false,
        status: 503,
        ocppStatus: null,
        error: { code: 'charger_offline', message: expect.any(String) },
      },
    ]);
    expect(received).toHaveLength(1);
  });

  it('sends one raw profile to listed stations, reporting unknown ids and rule breaks per station', async () => {
    const accepting = await api.aChargerAnswering({
      SetChargingProfile: () => ({ status: 'Accepted' }),
    });
    const small = await api.aChargerAnswering(
      { SetChargingProfile: () => ({ status: 'Accepted' }) },
      { connectors: [{ connectorId: 1, type: 'Type2', maxPowerW: 7_400 }] },
    );
    const { status, body } = await bulk({
      stationIds: [accepting.id, UNKNOWN_ID, small.id, accepting.id],
      connectorId: 1,
      profile: aTxDefaultProfile(),
    });
    expect(status).toBe(200);
    expect(body.summary).toEqual({ accepted: 1, failed: 2 });
    expect(body.results).toMatchObject([
      { stationId: accepting.id, ok: true, status: 200 },
      { stationId: UNKNOWN_ID, ok: false, status: 404, error: { code: 'not_found' } },
      // 11 kW is above this station's 7.4 kW connector.
      { stationId: small.id, ok: false, status: 422, error: { code: 'validation_failed' } },
    ]);
    expect(body.results[1]?.identity).toBeUndefined();
  });

  it.each([
    [{ connectorId: 1, profile: aTxDefaultProfile() }, 'stationIds'],
    [
      {
        stationIds: [UNKNOWN_ID],
        siteId: UNKNOWN_ID,
        connectorId: 1,
        profile: aTxDefaultProfile(),
      },
      'stationIds',
    ],
    [{ stationIds: [UNKNOWN_ID] }, 'profile'],
    [
      {
        stationIds: [UNKNOWN_ID],
        connectorId: 1,
        profile: aTxDefaultProfile(),
        scenario: { scenario: 'peak_shaving', connectorId: 0, maxPowerW: 1 },
      },
      'profile',
    ],
    [{ stationIds: [UNKNOWN_ID], profile: aTxDefaultProfile() }, 'connectorId'],
    [
      { stationIds: [UNKNOWN_ID], scenario: { scenario: 'peak_shaving', connectorId: 0 } },
      'scenario.maxPowerW',
    ],
    [
      {
        stationIds: ['not-a-uuid'],
        scenario: { scenario: 'peak_shaving', connectorId: 0, maxPowerW: 1 },
      },
      'stationIds.0',
    ],
  ])('answers 422 for %j naming %s', async (request, path) => {
    const { status, body } = await bulk(request);
    expect(status).toBe(422);
    expect(body.error.details).toContainEqual({ path, message: expect.any(String) });
  });

  it('answers 404 for an unknown site and 403 to a driver', async () => {
    const request = {
      siteId: UNKNOWN_ID,
      scenario: { scenario: 'peak_shaving', connectorId: 0, maxPowerW: 1 },
    };
    expect((await bulk(request)).status).toBe(404);
    expect((await bulk(request, 'driver')).status).toBe(403);
  });
});
