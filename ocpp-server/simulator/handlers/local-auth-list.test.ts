import { describe, expect, it } from 'vitest';
import { FLAT_AC_VEHICLE } from '../testing/a-charge-point';
import { useSimulator } from '../testing/use-simulator';

const sim = useSimulator({
  authorize: (idTag) => (idTag.startsWith('BAD') ? 'Blocked' : 'Accepted'),
});

const entry = (idTag: string, status = 'Accepted') => ({ idTag, idTagInfo: { status } });
const sendList = (listVersion: number, updateType: string, list: unknown[]) =>
  sim.command('SendLocalList', { listVersion, updateType, localAuthorizationList: list });
const version = async () =>
  ((await sim.command('GetLocalListVersion', {})) as { listVersion: number }).listVersion;

describe('Local Auth List Management', () => {
  it('keeps a versioned list: full and differential updates, mismatches, bad input', async () => {
    await sim.connected();
    expect(await version()).toBe(0);

    expect(await sendList(1, 'Full', [entry('CARD-A'), entry('CARD-B')])).toEqual({
      status: 'Accepted',
    });
    expect(await version()).toBe(1);

    expect(await sendList(1, 'Differential', [entry('CARD-C')])).toEqual({
      status: 'VersionMismatch',
    });
    expect(await sendList(0, 'Differential', [entry('CARD-C')])).toEqual({
      status: 'VersionMismatch',
    });
    // An entry without idTagInfo removes the idTag.
    expect(await sendList(3, 'Differential', [entry('CARD-C'), { idTag: 'CARD-A' }])).toEqual({
      status: 'Accepted',
    });
    expect(await version()).toBe(3);
    expect(sim.chargePoint.localListVersion).toBe(3);

    expect(await sendList(4, 'Full', [entry('DUP'), entry('DUP')])).toEqual({ status: 'Failed' });
    const tooMany = Array.from({ length: 101 }, (_, i) => entry(`CARD-${i}`));
    expect(await sendList(4, 'Differential', tooMany)).toEqual({ status: 'Failed' });
    expect(await version()).toBe(3);

    // A full update with nothing in it empties the list: version 0 again.
    expect(await sendList(5, 'Full', [])).toEqual({ status: 'Accepted' });
    expect(await version()).toBe(0);
  });

  it('reports -1 and refuses lists when LocalAuthListEnabled is false', async () => {
    await sim.connected({ configuration: { LocalAuthListEnabled: 'false' } });
    expect(await version()).toBe(-1);
    expect(await sendList(1, 'Full', [entry('CARD-A')])).toEqual({ status: 'NotSupported' });
  });

  it('starts listed idTags without Authorize when LocalPreAuthorize is on', async () => {
    await sim.connected({ configuration: { LocalPreAuthorize: 'true' } });
    await sendList(1, 'Full', [entry('LISTED'), entry('BAD-LISTED', 'Blocked')]);

    sim.chargePoint.plugIn(1, FLAT_AC_VEHICLE);
    expect(await sim.chargePoint.startTransaction(1, 'LISTED')).toMatchObject({ started: true });
    expect(sim.csms.callsOf('Authorize')).toHaveLength(0);
    expect((await sim.csms.waitForCall('StartTransaction')).params.idTag).toBe('LISTED');

    // Not accepted locally: the CSMS decides.
    sim.chargePoint.plugIn(2, FLAT_AC_VEHICLE);
    expect(await sim.chargePoint.startTransaction(2, 'BAD-LISTED')).toEqual({
      started: false,
      authorization: 'Blocked',
    });
    expect(sim.csms.callsOf('Authorize').map((call) => call.params.idTag)).toEqual(['BAD-LISTED']);
  });

  it('asks the CSMS even for listed idTags when LocalPreAuthorize is off', async () => {
    await sim.connected();
    await sendList(1, 'Full', [entry('LISTED')]);
    await sim.charging(1, 'LISTED');
    expect(sim.csms.callsOf('Authorize').map((call) => call.params.idTag)).toEqual(['LISTED']);
  });
});
