import { describe, expect, it } from 'vitest';
import { ZChargingProfile, type TChargingProfile } from './charging-profile';
import { validateChargingProfile, type TProfileContext } from './validate-charging-profile';

function aProfile(overrides: Partial<TChargingProfile> = {}): TChargingProfile {
  return {
    chargingProfileId: 1,
    stackLevel: 0,
    chargingProfilePurpose: 'TxDefaultProfile',
    chargingProfileKind: 'Absolute',
    ...overrides,
    chargingSchedule: overrides.chargingSchedule ?? {
      startSchedule: '2025-03-10T10:00:00Z',
      chargingRateUnit: 'W',
      chargingSchedulePeriod: [
        { startPeriod: 0, limit: 11_000 },
        { startPeriod: 600, limit: 7_000 },
      ],
    },
  };
}

const onConnector1: TProfileContext = {
  connectorId: 1,
  activeTransactionIds: [],
  connectorMaxPowerW: 22_000,
};
const periods = (...list: [number, number, number?][]) =>
  list.map(([startPeriod, limit, numberPhases]) => ({
    startPeriod,
    limit,
    ...(numberPhases === undefined ? {} : { numberPhases }),
  }));
const schedule = (rest: Partial<TChargingProfile['chargingSchedule']>) => ({
  chargingRateUnit: 'W' as const,
  chargingSchedulePeriod: periods([0, 11_000]),
  ...rest,
});

describe('validateChargingProfile', () => {
  const cases: {
    name: string;
    profile: TChargingProfile;
    context?: Partial<TProfileContext>;
    paths: string[];
  }[] = [
    { name: 'a plain TxDefaultProfile', profile: aProfile(), paths: [] },
    {
      name: 'periods that do not ascend',
      profile: aProfile({
        chargingSchedule: schedule({ chargingSchedulePeriod: periods([0, 1], [600, 1], [600, 1]) }),
      }),
      paths: ['chargingSchedule.chargingSchedulePeriod.2.startPeriod'],
    },
    {
      name: 'a first period after 0',
      profile: aProfile({
        chargingSchedule: schedule({ chargingSchedulePeriod: periods([60, 1]) }),
      }),
      paths: ['chargingSchedule.chargingSchedulePeriod.0.startPeriod'],
    },
    {
      name: 'no periods',
      profile: aProfile({ chargingSchedule: schedule({ chargingSchedulePeriod: [] }) }),
      paths: ['chargingSchedule.chargingSchedulePeriod'],
    },
    {
      name: 'a TxProfile with no transaction running',
      profile: aProfile({ chargingProfilePurpose: 'TxProfile' }),
      paths: ['chargingProfilePurpose'],
    },
    {
      name: 'a TxProfile while a transaction runs',
      profile: aProfile({ chargingProfilePurpose: 'TxProfile' }),
      context: { activeTransactionIds: [7] },
      paths: [],
    },
    {
      name: 'a TxProfile naming its running transaction',
      profile: aProfile({ chargingProfilePurpose: 'TxProfile', transactionId: 7 }),
      context: { activeTransactionIds: [7] },
      paths: [],
    },
    {
      name: 'a TxProfile naming a transaction that is not running',
      profile: aProfile({ chargingProfilePurpose: 'TxProfile', transactionId: 8 }),
      context: { activeTransactionIds: [7] },
      paths: ['transactionId'],
    },
    {
      name: 'a TxProfile on connector 0',
      profile: aProfile({ chargingProfilePurpose: 'TxProfile', transactionId: 7 }),
      context: { connectorId: 0, activeTransactionIds: [7] },
      paths: ['connectorId'],
    },
    {
      name: 'a transactionId on a TxDefaultProfile',
      profile: aProfile({ transactionId: 7 }),
      context: { activeTransactionIds: [7] },
      paths: ['transactionId'],
    },
    {
      name: 'a ChargePointMaxProfile on connector 1',
      profile: aProfile({ chargingProfilePurpose: 'ChargePointMaxProfile' }),
      paths: ['connectorId'],
    },
    {
      name: 'a ChargePointMaxProfile on connector 0',
      profile: aProfile({ chargingProfilePurpose: 'ChargePointMaxProfile' }),
      context: { connectorId: 0 },
      paths: [],
    },
    {
      name: 'a Recurring profile without recurrencyKind or startSchedule',
      profile: aProfile({ chargingProfileKind: 'Recurring', chargingSchedule: schedule({}) }),
      paths: ['recurrencyKind', 'chargingSchedule.startSchedule'],
    },
    {
      name: 'a Daily profile',
      profile: aProfile({
        chargingProfileKind: 'Recurring',
        recurrencyKind: 'Daily',
        chargingSchedule: schedule({ startSchedule: '2025-03-10T18:00:00Z' }),
      }),
      paths: [],
    },
    {
      name: 'a Relative profile with a startSchedule',
      profile: aProfile({
        chargingProfileKind: 'Relative',
        chargingSchedule: schedule({ startSchedule: '2025-03-10T18:00:00Z' }),
      }),
      paths: ['chargingSchedule.startSchedule'],
    },
    {
      name: 'a Relative profile without one',
      profile: aProfile({ chargingProfileKind: 'Relative', chargingSchedule: schedule({}) }),
      paths: [],
    },
    {
      name: 'a W limit above the rating',
      profile: aProfile({
        chargingSchedule: schedule({ chargingSchedulePeriod: periods([0, 22_001]) }),
      }),
      paths: ['chargingSchedule.chargingSchedulePeriod.0.limit'],
    },
    {
      // 32 A × 230 V × 3 = 22 080 W > 22 000 W; 31.8 A × 690 V = 21 942 W fits.
      name: 'an A limit above the rating at 3 phases',
      profile: aProfile({
        chargingSchedule: schedule({
          chargingRateUnit: 'A',
          chargingSchedulePeriod: periods([0, 31.8], [60, 32]),
        }),
      }),
      paths: ['chargingSchedule.chargingSchedulePeriod.1.limit'],
    },
    {
      // 32 A × 230 V × 1 = 7 360 W against a 7 400 W single-phase connector.
      name: 'an A limit on the phases the period or the connector states',
      profile: aProfile({
        chargingSchedule: schedule({
          chargingRateUnit: 'A',
          chargingSchedulePeriod: periods([0, 32], [60, 32, 1], [120, 33, 1]),
        }),
      }),
      context: { connectorMaxPowerW: 7_400, phases: 1 },
      paths: ['chargingSchedule.chargingSchedulePeriod.2.limit'],
    },
    {
      name: 'any limit when the rating is unknown',
      profile: aProfile({
        chargingSchedule: schedule({ chargingSchedulePeriod: periods([0, 99_000]) }),
      }),
      context: { connectorMaxPowerW: null },
      paths: [],
    },
    {
      name: 'a negative limit or minChargingRate',
      profile: aProfile({
        chargingSchedule: schedule({
          chargingSchedulePeriod: periods([0, 1_000], [60, -1]),
          minChargingRate: -0.5,
        }),
      }),
      paths: [
        'chargingSchedule.chargingSchedulePeriod.1.limit',
        'chargingSchedule.minChargingRate',
      ],
    },
    {
      name: 'validTo before validFrom',
      profile: aProfile({ validFrom: '2025-03-10T10:00:00Z', validTo: '2025-03-10T09:00:00Z' }),
      paths: ['validTo'],
    },
    {
      name: 'validTo equal to validFrom',
      profile: aProfile({
        validFrom: '2025-03-10T10:00:00Z',
        validTo: '2025-03-10T11:00:00+01:00',
      }),
      paths: ['validTo'],
    },
    {
      name: 'validTo after validFrom',
      profile: aProfile({ validFrom: '2025-03-10T10:00:00Z', validTo: '2025-03-10T10:00:01Z' }),
      paths: [],
    },
  ];

  it.each(cases)('$name → $paths', ({ profile, context, paths }) => {
    // Every case is a well-formed 1.6 profile: the issues are what the shape cannot say.
    expect(ZChargingProfile.safeParse(profile).success).toBe(true);
    const issues = validateChargingProfile(profile, { ...onConnector1, ...context });
    expect(issues.map((issue) => issue.path)).toEqual(paths);
    for (const issue of issues) expect(issue.message).not.toBe('');
  });

  it('says what is wrong in words an operator can act on', () => {
    const profile = aProfile({
      chargingSchedule: schedule({
        chargingRateUnit: 'A',
        chargingSchedulePeriod: periods([0, 40]),
      }),
    });
    expect(validateChargingProfile(profile, onConnector1)).toEqual([
      {
        path: 'chargingSchedule.chargingSchedulePeriod.0.limit',
        message: '40 A on 3 phase(s) is 27600 W, above the connector’s 22000 W',
      },
    ]);
  });
});
