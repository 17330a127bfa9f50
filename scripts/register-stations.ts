/**
 * Registers N stations (PREFIX0001…) with one password, for `npm run sim` and benchmarks:
 *   npm run stations:register -- --count 20 --prefix SIM- [--password secret] [--connectors 2]
 * Without --password a random one is generated and printed. Identities that already exist are
 * left as they are. A password that is not long and random is stored as scrypt, which makes
 * every first connect of a station cost about 50 ms of CPU (see station-password.ts).
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createDb } from '@/db/client';
import { parseEnv, postgresUrl } from '@/lib/config/parse-env';
import { generateStationPassword, isHighEntropySecret } from '@/lib/auth/password';
import { provisionStationsInBulk } from '@/lib/stations/provision-stations-in-bulk';

const ZArgs = z.object({
  count: z.coerce.number().int().min(1).max(100_000),
  prefix: z.string().min(1).max(12),
  password: z.string().min(8, 'must be at least 8 characters').optional(),
  connectors: z.coerce.number().int().min(1).max(8),
});

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '20' },
    prefix: { type: 'string', default: 'SIM-' },
    password: { type: 'string' },
    connectors: { type: 'string', default: '2' },
  },
});
const parsed = ZArgs.safeParse(values);
if (!parsed.success) {
  console.error(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
  process.exit(2);
}
const args = parsed.data;
const password = args.password ?? generateStationPassword();
if (!args.password) console.log(`generated password: ${password}`);
else if (!isHighEntropySecret(password)) {
  console.warn('password is not long and random: stored as scrypt, slow to verify on connect');
}
const { DATABASE_URL } = parseEnv(z.object({ DATABASE_URL: postgresUrl }));
const handle = createDb(DATABASE_URL, { max: 4 });

const identities = Array.from(
  { length: args.count },
  (_, i) => `${args.prefix}${String(i + 1).padStart(4, '0')}`,
);
const created = await provisionStationsInBulk(
  handle.db,
  password,
  identities.map((identity) => ({
    identity,
    name: `Simulated ${identity}`,
    vendor: 'Chargedeck',
    model: 'Simulator',
    connectors: Array.from({ length: args.connectors }, (_, i) => ({
      connectorId: i + 1,
      type: i % 2 === 0 ? ('Type2' as const) : ('CCS2' as const),
      maxPowerW: i % 2 === 0 ? 22_000 : 150_000,
    })),
  })),
);
console.log(`registered ${created} station(s); ${args.count - created} already existed`);
await handle.close();
