import { describe, expect, it } from 'vitest';
import { confirmationFor } from './command-confirmations';
import { parseCommandForm } from './command-form-data';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe('parseCommandForm', () => {
  it('turns inputs into the OCPP request: numbers, UTC datetimes, lists, JSON', () => {
    expect(
      parseCommandForm(
        'ReserveNow',
        form({
          connectorId: '2',
          idTag: ' TAG-1 ',
          expiryDate: '2025-06-01T10:30',
          parentIdTag: '',
        }),
      ),
    ).toEqual({
      ok: true,
      request: { connectorId: 2, idTag: 'TAG-1', expiryDate: '2025-06-01T10:30:00.000Z' },
    });
    expect(parseCommandForm('GetConfiguration', form({ key: 'A, B,,' }))).toEqual({
      ok: true,
      request: { key: ['A', 'B'] },
    });
    expect(parseCommandForm('GetConfiguration', form({ key: ' ' }))).toEqual({
      ok: true,
      request: {},
    });
    expect(
      parseCommandForm(
        'SendLocalList',
        form({ listVersion: '3', updateType: 'Full', localAuthorizationList: '[{"idTag":"T1"}]' }),
      ),
    ).toEqual({
      ok: true,
      request: { listVersion: 3, updateType: 'Full', localAuthorizationList: [{ idTag: 'T1' }] },
    });
  });

  it('names the field of every problem, inside JSON too', () => {
    const result = parseCommandForm(
      'GetCompositeSchedule',
      form({ connectorId: '1', duration: '1.5', chargingRateUnit: 'kW' }),
    );
    expect(result).toMatchObject({ ok: false });
    expect(Object.keys(result.ok ? {} : result.fieldErrors).sort()).toEqual([
      'chargingRateUnit',
      'duration',
    ]);
    expect(parseCommandForm('SetChargingProfile', form({ connectorId: '1' }))).toMatchObject({
      ok: false,
      fieldErrors: { csChargingProfiles: 'Required' },
    });
    expect(
      parseCommandForm('SetChargingProfile', form({ connectorId: '1', csChargingProfiles: '{' })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { csChargingProfiles: expect.stringContaining('not valid JSON') },
    });
  });
});

describe('confirmationFor', () => {
  it('asks for hard resets, firmware, unfiltered profile clears and emptying the local list', () => {
    expect(confirmationFor('Reset', { type: 'Hard' })).toMatch(/hard reset/);
    expect(confirmationFor('Reset', { type: 'Soft' })).toBeNull();
    expect(
      confirmationFor('UpdateFirmware', {
        location: 'ftp://x.example/fw.bin',
        retrieveDate: '2025-06-01T10:00:00Z',
      }),
    ).not.toBeNull();
    expect(confirmationFor('ClearChargingProfile', {})).toMatch(/every charging profile/);
    expect(confirmationFor('ClearChargingProfile', { id: 4 })).toBeNull();
    expect(confirmationFor('SendLocalList', { listVersion: 2, updateType: 'Full' })).not.toBeNull();
    expect(
      confirmationFor('SendLocalList', {
        listVersion: 2,
        updateType: 'Full',
        localAuthorizationList: [{ idTag: 'T1' }],
      }),
    ).toBeNull();
    expect(
      confirmationFor('SendLocalList', { listVersion: 2, updateType: 'Differential' }),
    ).toBeNull();
  });
});
