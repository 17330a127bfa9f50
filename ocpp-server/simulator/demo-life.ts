import type { SimulatedChargePoint, ConnectorSnapshot } from './charge-point';
import type { Clock } from './clock';
import { logFailure } from './describe-error';
import type { ChargePointErrorCode, ChargePointStatus } from './ocpp-types';
import type { SimulatorLog } from './options';
import type { Random } from './random';
import { TimerSet } from './timers';

export interface DemoLifeOptions {
  /** Shared by the whole fleet so concurrent sessions prefer different tags. */
  idTags: IdTagPool;
  random: Random;
  clock: Clock;
  /** Multiplies every wait: 0.1 is ten times as busy as the default. */
  pace?: number;
  log?: SimulatorLog;
}

/** Id tags handed out least-used first, since a CSMS may refuse one tag in two sessions. */
export class IdTagPool {
  private readonly inUse = new Map<string, number>();

  constructor(
    private readonly tags: readonly string[],
    private readonly random: Random,
  ) {
    if (tags.length === 0) throw new Error('demo life needs at least one id tag');
  }

  take(): string {
    const fewest = Math.min(...this.tags.map((tag) => this.inUse.get(tag) ?? 0));
    const tag = this.random.pick(this.tags.filter((tag) => (this.inUse.get(tag) ?? 0) === fewest));
    this.inUse.set(tag, (this.inUse.get(tag) ?? 0) + 1);
    return tag;
  }

  release(tag: string): void {
    this.inUse.set(tag, Math.max(0, (this.inUse.get(tag) ?? 0) - 1));
  }
}

interface ConnectorPlan {
  status?: ChargePointStatus;
  since: number;
  /** When the simulated driver (or the fault) moves on from the current status. */
  leaveAt: number;
  acting: boolean;
  /** The session this demo life started on the connector, if any. */
  session?: { idTag: string; transactionId?: number; stopAt: number };
  /** This demo life raised the current fault and will clear it. */
  faulted: boolean;
}

const TICK_MS = 2_000;
/** How long, in seconds, a connector stays in a status before the simulated driver acts. */
const DWELL_S: Partial<Record<ChargePointStatus, [number, number]>> = {
  Available: [30, 360],
  Preparing: [2, 6],
  Finishing: [4, 12],
  Faulted: [20, 60],
};
const FIRST_IDLE_S: [number, number] = [5, 90];
const SESSION_S: [number, number] = [120, 360];
/** A car someone else plugged in that never started charging is unplugged after this. */
const ABANDONED_PREPARING_S = 90;
const FAULT_CODES: ChargePointErrorCode[] = [
  'GroundFailure',
  'HighTemperature',
  'OverCurrentFailure',
  'PowerSwitchFailure',
  'EVCommunicationError',
];

/**
 * Makes one charger look used: drivers arrive, plug in, charge for a few minutes, leave; now and
 * then a connector faults and recovers. Sessions the CSMS started are left to the CSMS, but a
 * cable left in after any session is eventually pulled. Returns a function that stops it.
 */
export function driveDemoLife(
  chargePoint: SimulatedChargePoint,
  options: DemoLifeOptions,
): () => void {
  const { random, clock, idTags } = options;
  const pace = options.pace ?? 1;
  const timers = new TimerSet(clock);
  const plans = new Map<number, ConnectorPlan>();
  const later = (now: number, [minS, maxS]: [number, number]) =>
    now + random.between(minS, maxS) * 1000 * pace;
  const log = { log: options.log ?? (() => {}) };
  const act = (plan: ConnectorPlan, what: string, task: () => Promise<unknown>) => {
    plan.acting = true;
    task()
      .catch(logFailure(log, `[${chargePoint.identity}] demo ${what}`))
      .finally(() => (plan.acting = false));
  };
  const endSession = (plan: ConnectorPlan) => {
    if (plan.session) idTags.release(plan.session.idTag);
    plan.session = undefined;
  };

  const step = (connector: ConnectorSnapshot, plan: ConnectorPlan, now: number) => {
    const { connectorId } = connector;
    const session = plan.session;
    switch (connector.status) {
      case 'Available':
        endSession(plan);
        if (now < plan.leaveAt) return;
        if (random.chance(0.05)) {
          plan.faulted = true;
          act(plan, 'fault', () =>
            chargePoint.setStatus(connectorId, 'Faulted', random.pick(FAULT_CODES)),
          );
          return;
        }
        plan.session = { idTag: idTags.take(), stopAt: Infinity };
        chargePoint.plugIn(connectorId);
        return;
      case 'Preparing':
        if (!session) {
          if (now - plan.since >= ABANDONED_PREPARING_S * 1000 * pace) {
            act(plan, 'unplug', () => chargePoint.unplug(connectorId));
          }
          return;
        }
        if (session.transactionId !== undefined || now < plan.leaveAt) return;
        act(plan, 'start', async () => {
          const result = await chargePoint.startTransaction(connectorId, session.idTag);
          if (!result.started) return;
          session.transactionId = result.transactionId;
          session.stopAt = later(clock.now(), SESSION_S);
        });
        return;
      case 'Charging':
      case 'SuspendedEV':
      case 'SuspendedEVSE':
        if (!session || connector.transactionId !== session.transactionId) return;
        if (now < session.stopAt) return;
        act(plan, 'stop', () =>
          random.chance(0.5)
            ? chargePoint.stopTransaction(connectorId, 'Local')
            : chargePoint.unplug(connectorId),
        );
        return;
      case 'Finishing':
        endSession(plan);
        if (now >= plan.leaveAt) act(plan, 'unplug', () => chargePoint.unplug(connectorId));
        return;
      case 'Faulted':
        if (!plan.faulted || now < plan.leaveAt) return;
        plan.faulted = false;
        act(plan, 'recover', () => chargePoint.setStatus(connectorId, 'Available'));
        return;
      default:
        return;
    }
  };

  timers.every(
    TICK_MS,
    () => {
      if (chargePoint.registrationStatus !== 'Accepted') return;
      const now = clock.now();
      for (const connector of chargePoint.connectors) {
        let plan = plans.get(connector.connectorId);
        if (!plan) {
          plan = { since: now, leaveAt: later(now, FIRST_IDLE_S), acting: false, faulted: false };
          plan.status = connector.status;
          plans.set(connector.connectorId, plan);
        }
        if (plan.status !== connector.status) {
          plan.status = connector.status;
          plan.since = now;
          const dwell = DWELL_S[connector.status];
          plan.leaveAt = dwell ? later(now, dwell) : now;
        }
        if (plan.acting) continue;
        try {
          step(connector, plan, now);
        } catch (error) {
          logFailure(log, `[${chargePoint.identity}] demo step`)(error);
        }
      }
    },
    'tick',
  );
  return () => timers.clearAll();
}
