import type { ChargePointContext } from './context';
import { describeError } from './describe-error';
import type { OutboundCalls } from './ocpp-types';
import { announceAllStatuses } from './status';

type BootResponse = OutboundCalls['BootNotification'][1];

const BOOT_RETRY_TIMER = 'boot-retry';
const HEARTBEAT_TIMER = 'heartbeat';
/** Used when a non-accepting CSMS sends interval 0, which leaves the wait to the charger. */
const DEFAULT_PENDING_RETRY_S = 30;

/**
 * Sends BootNotification and follows the answer (OCPP 1.6 section 4.2): Accepted starts the
 * heartbeat and reports every connector; Pending or Rejected sends nothing else and tries again
 * after `interval` seconds.
 */
export async function bootNotification(ctx: ChargePointContext): Promise<BootResponse> {
  ctx.timers.clear(BOOT_RETRY_TIMER);
  const { options } = ctx;
  const response = await ctx.call('BootNotification', {
    chargePointVendor: options.vendor,
    chargePointModel: options.model,
    firmwareVersion: ctx.firmwareVersion,
    ...(options.serialNumber ? { chargePointSerialNumber: options.serialNumber } : {}),
  });
  const wasAccepted = ctx.registration === 'Accepted';
  ctx.registration = response.status;
  ctx.log('info', `BootNotification ${response.status} (interval ${response.interval} s)`);
  ctx.events.emit('registration', response.status);

  if (response.status === 'Accepted') {
    if (response.interval > 0) ctx.config.change('HeartbeatInterval', String(response.interval));
    startHeartbeat(ctx);
    if (!wasAccepted) announceAllStatuses(ctx);
  } else {
    ctx.timers.clear(HEARTBEAT_TIMER);
    const retryS = response.interval > 0 ? response.interval : DEFAULT_PENDING_RETRY_S;
    ctx.timers.after(retryS * 1000, () => bootInBackground(ctx), BOOT_RETRY_TIMER);
  }
  return response;
}

/** Boots without a caller waiting; a boot that gets no answer is tried again later. */
export function bootInBackground(ctx: ChargePointContext): void {
  bootNotification(ctx).catch((error: unknown) => {
    ctx.log('warn', `BootNotification failed: ${describeError(error)}`);
    ctx.timers.after(ctx.options.bootRetryMs, () => bootInBackground(ctx), BOOT_RETRY_TIMER);
  });
}

/** (Re)starts the heartbeat at the configured HeartbeatInterval; 0 turns it off. */
export function startHeartbeat(ctx: ChargePointContext): void {
  ctx.timers.clear(HEARTBEAT_TIMER);
  const intervalS = ctx.config.number('HeartbeatInterval', 0);
  if (intervalS <= 0 || ctx.registration !== 'Accepted') return;
  ctx.timers.every(intervalS * 1000, () => ctx.send('Heartbeat', {}), HEARTBEAT_TIMER);
}
