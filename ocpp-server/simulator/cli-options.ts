import { parseArgs } from 'node:util';
import { connectorType } from '@/db/schema/enums';
import type { ConnectorSpec } from './connector';
import type { FleetStation } from './fleet';
import { currentTypeOf, type ConnectorType } from './vehicle';

const CONNECTOR_TYPES: readonly ConnectorType[] = connectorType.enumValues;
const IDENTITY_PART = /^[A-Za-z0-9._-]*$/;

export const USAGE = `Simulated OCPP 1.6J charge points for Chargedeck.

Usage:
  npm run sim -- --demo [--url URL] [--idle] [--pace N]
  npm run sim -- --stations N [--prefix SIM-] [--password P] [--connectors 2] [--url URL]

Register generic stations with the CSMS first: npm run stations:register (same naming).

Modes:
  --demo                 the demo network's chargers (db/seed/demo-data), with simulated drivers
  --stations N           N generic chargers named PREFIX0001, PREFIX0002, ...

Options:
  --url URL              CSMS endpoint base (default ws://127.0.0.1:9000/ocpp)
  --prefix TEXT          identity prefix for --stations (default SIM-)
  --password TEXT        basic-auth password for --stations (the demo has its own)
  --connectors N         connectors per charger for --stations, 1-10 (default 2)
  --type TYPE            one connector type for --stations: ${CONNECTOR_TYPES.join(', ')}
                         (default: alternating Type2 22 kW and CCS2 150 kW, as stations:register)
  --max-power KW         connector power with --type (default 22 for AC, 150 for DC)
  --id-tags A,B,...      with --stations: simulated drivers charge with these tags
  --idle                 with --demo: connect only, no simulated drivers
  --pace N               multiplies the drivers' waits; 0.2 is five times busier (default 1)
  --meter-interval S     seconds between MeterValues while charging (default 10)
  --stagger MS           delay between two chargers connecting (default 100)
  --verbose              log every OCPP message
  --help                 show this help
`;

export class CliUsageError extends Error {}

export interface CliRun {
  kind: 'run';
  url: string;
  verbose: boolean;
  meterIntervalMs: number;
  staggerMs: number;
  pace: number;
  /** Demo mode uses the demo network; otherwise these stations. */
  demo: { idle: boolean } | undefined;
  stations: FleetStation[];
  idTags: string[];
}

export type CliCommand = { kind: 'help' } | CliRun;

export function parseCliOptions(argv: string[]): CliCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h' },
        demo: { type: 'boolean' },
        idle: { type: 'boolean' },
        verbose: { type: 'boolean', short: 'v' },
        url: { type: 'string', default: 'ws://127.0.0.1:9000/ocpp' },
        stations: { type: 'string' },
        prefix: { type: 'string', default: 'SIM-' },
        password: { type: 'string' },
        connectors: { type: 'string', default: '2' },
        type: { type: 'string' },
        'max-power': { type: 'string' },
        'id-tags': { type: 'string' },
        pace: { type: 'string', default: '1' },
        'meter-interval': { type: 'string', default: '10' },
        stagger: { type: 'string', default: '100' },
      },
    }));
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return { kind: 'help' };

  if (!/^wss?:\/\/[^/]+/.test(values.url)) {
    throw new CliUsageError(`--url must be a ws:// or wss:// URL, got "${values.url}"`);
  }
  if (values.demo && values.stations !== undefined) {
    throw new CliUsageError('choose one of --demo and --stations');
  }
  if (!values.demo && values.stations === undefined) {
    throw new CliUsageError('one of --demo or --stations N is required');
  }
  if (values.idle && !values.demo) throw new CliUsageError('--idle only applies to --demo');

  const idTags = (values['id-tags'] ?? '')
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  const tooLong = idTags.find((tag) => tag.length > 20);
  if (tooLong) throw new CliUsageError(`--id-tags: "${tooLong}" is longer than 20 characters`);
  if (values.demo && idTags.length > 0) {
    throw new CliUsageError('--id-tags only applies to --stations (the demo has its own tags)');
  }

  return {
    kind: 'run',
    url: values.url,
    verbose: values.verbose ?? false,
    meterIntervalMs: number('--meter-interval', values['meter-interval'], 1, 3600) * 1000,
    staggerMs: number('--stagger', values.stagger, 0, 60_000),
    pace: number('--pace', values.pace, 0.01, 100),
    demo: values.demo ? { idle: values.idle ?? false } : undefined,
    stations: values.demo ? [] : genericStations(values),
    idTags,
  };
}

function genericStations(values: {
  stations?: string;
  prefix: string;
  password?: string;
  connectors: string;
  type?: string;
  'max-power'?: string;
}): FleetStation[] {
  const count = integer('--stations', values.stations ?? '', 1, 10_000);
  const connectorCount = integer('--connectors', values.connectors, 1, 10);
  if (!IDENTITY_PART.test(values.prefix)) {
    throw new CliUsageError('--prefix may only contain letters, digits, ".", "_" and "-"');
  }
  const connectorAt = connectorFactory(values.type, values['max-power']);
  // Four digits, like `npm run stations:register`, so the identities match.
  const width = Math.max(4, String(count).length);
  return Array.from({ length: count }, (_, index) => ({
    identity: `${values.prefix}${String(index + 1).padStart(width, '0')}`,
    password: values.password,
    connectors: Array.from({ length: connectorCount }, (_, c) => connectorAt(c + 1)),
  }));
}

function connectorFactory(rawType: string | undefined, rawKw: string | undefined) {
  if (rawType === undefined) {
    if (rawKw !== undefined) throw new CliUsageError('--max-power needs --type');
    return (connectorId: number): ConnectorSpec =>
      connectorId % 2 === 1
        ? { connectorId, type: 'Type2', maxPowerW: 22_000 }
        : { connectorId, type: 'CCS2', maxPowerW: 150_000 };
  }
  const type = rawType as ConnectorType;
  if (!CONNECTOR_TYPES.includes(type)) {
    throw new CliUsageError(
      `--type must be one of ${CONNECTOR_TYPES.join(', ')}, got "${rawType}"`,
    );
  }
  const defaultKw = currentTypeOf(type) === 'DC' ? 150 : 22;
  const maxPowerW = Math.round(number('--max-power', rawKw ?? String(defaultKw), 1, 1000) * 1000);
  return (connectorId: number): ConnectorSpec => ({ connectorId, type, maxPowerW });
}

function number(flag: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
    throw new CliUsageError(`${flag} must be a number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function integer(flag: string, raw: string, min: number, max: number): number {
  const value = number(flag, raw, min, max);
  if (!Number.isInteger(value))
    throw new CliUsageError(`${flag} must be a whole number, got "${raw}"`);
  return value;
}
