import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliOptions } from './cli-options';

describe('parseCliOptions', () => {
  it('builds generic stations from --stations, --prefix and --connectors', () => {
    const command = parseCliOptions([
      '--stations',
      '12',
      '--prefix',
      'LOAD-',
      '--password',
      'pw',
      '--connectors',
      '3',
      '--type',
      'CCS2',
    ]);
    if (command.kind !== 'run') throw new Error('expected a run');
    expect(command.stations).toHaveLength(12);
    expect(command.stations[0]).toEqual({
      identity: 'LOAD-0001',
      password: 'pw',
      connectors: [1, 2, 3].map((connectorId) => ({
        connectorId,
        type: 'CCS2',
        maxPowerW: 150_000,
      })),
    });
    expect(command.stations[11]?.identity).toBe('LOAD-0012');
    expect(command).toMatchObject({
      url: 'ws://127.0.0.1:9000/ocpp',
      meterIntervalMs: 10_000,
      demo: undefined,
    });
  });

  it('mirrors stations:register by default: SIM-0001, alternating Type2 and CCS2', () => {
    const command = parseCliOptions(['--stations', '2']);
    if (command.kind !== 'run') throw new Error('expected a run');
    expect(command.stations.map((station) => station.identity)).toEqual(['SIM-0001', 'SIM-0002']);
    expect(command.stations[0]?.connectors).toEqual([
      { connectorId: 1, type: 'Type2', maxPowerW: 22_000 },
      { connectorId: 2, type: 'CCS2', maxPowerW: 150_000 },
    ]);
  });

  it('selects the demo network with --demo', () => {
    expect(parseCliOptions(['--demo', '--idle', '--url', 'ws://csms:9000/ocpp'])).toMatchObject({
      kind: 'run',
      url: 'ws://csms:9000/ocpp',
      demo: { idle: true },
      stations: [],
    });
  });

  it('answers --help', () => {
    expect(parseCliOptions(['--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [[], /one of --demo or --stations/],
    [['--demo', '--stations', '2'], /choose one/],
    [['--stations', '0'], /--stations must be a number from 1/],
    [['--stations', '2.5'], /whole number/],
    [['--stations', '2', '--url', 'http://x'], /ws:\/\//],
    [['--stations', '2', '--prefix', 'a b'], /--prefix/],
    [['--stations', '2', '--id-tags', 'THIS-TAG-IS-FAR-TOO-LONG'], /longer than 20/],
    [['--stations', '2', '--idle'], /--idle only applies/],
    [['--stations', '2', '--max-power', '50'], /needs --type/],
    [['--stations', '2', '--type', 'Foo'], /--type must be one of/],
    [['--nope'], /Unknown option/],
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseCliOptions(argv)).toThrow(CliUsageError);
    expect(() => parseCliOptions(argv)).toThrow(message);
  });
});
