import type { ChargePointContext } from './context';
import { logFailure } from './describe-error';
import type { DiagnosticsStatus, FirmwareStatus, InboundCalls } from './ocpp-types';

type UpdateFirmwareRequest = InboundCalls['UpdateFirmware'][0];
type GetDiagnosticsRequest = InboundCalls['GetDiagnostics'][0];

/** What the charger is doing with files; Idle between jobs (TriggerMessage reports this). */
export interface MaintenanceState {
  firmwareStatus: FirmwareStatus;
  diagnosticsStatus: DiagnosticsStatus;
}

const FIRMWARE_TIMER = 'firmware';
const DIAGNOSTICS_TIMER = 'diagnostics';

/**
 * UpdateFirmware (OCPP 1.6 section 6.1): at retrieveDate the charger downloads and installs,
 * reporting each step, then reboots and boots with the new version, taken from the location's
 * last path segment. A location containing "fail" fails: "install-fail" at installation,
 * anything else at download (retried `retries` times, `retryInterval` seconds apart).
 */
export function updateFirmware(ctx: ChargePointContext, request: UpdateFirmwareRequest): void {
  const startIn = Math.max(0, Date.parse(request.retrieveDate) - ctx.clock.now());
  const location = request.location.toLowerCase();
  const attempts = 1 + Math.max(0, request.retries ?? 0);
  const step = ctx.options.firmwareStepMs;
  const report = (status: FirmwareStatus) => {
    ctx.maintenance.firmwareStatus = status;
    ctx.send('FirmwareStatusNotification', { status });
  };
  const finish = () => (ctx.maintenance.firmwareStatus = 'Idle');

  const download = (attempt: number) => {
    report('Downloading');
    ctx.timers.after(
      step,
      () => {
        if (location.includes('fail') && !location.includes('install-fail')) {
          report('DownloadFailed');
          if (attempt >= attempts) return finish();
          const retryMs = (request.retryInterval ?? 0) * 1000;
          ctx.timers.after(retryMs, () => download(attempt + 1), FIRMWARE_TIMER);
          return;
        }
        report('Downloaded');
        ctx.timers.after(step, install, FIRMWARE_TIMER);
      },
      FIRMWARE_TIMER,
    );
  };
  const install = () => {
    report('Installing');
    ctx.timers.after(
      step,
      () => {
        if (location.includes('install-fail')) {
          report('InstallationFailed');
          return finish();
        }
        report('Installed');
        ctx.firmwareVersion = versionFrom(request.location, ctx.firmwareVersion);
        ctx.log('info', `firmware ${ctx.firmwareVersion} installed, rebooting`);
        ctx.timers.after(
          step,
          () => {
            finish();
            ctx.reboot('Reboot').catch(logFailure(ctx, 'reboot after firmware update'));
          },
          FIRMWARE_TIMER,
        );
      },
      FIRMWARE_TIMER,
    );
  };
  ctx.timers.after(startIn, () => download(1), FIRMWARE_TIMER);
}

/**
 * GetDiagnostics (section 6.4): answers with a file name, then uploads it to `location`,
 * reporting Uploading and Uploaded, or UploadFailed when the location contains "fail".
 */
export function getDiagnostics(ctx: ChargePointContext, request: GetDiagnosticsRequest): string {
  const stamp = new Date(ctx.clock.now()).toISOString().replace(/[:.]/g, '-');
  const fileName = `${ctx.options.identity}-diagnostics-${stamp}.log`;
  const report = (status: DiagnosticsStatus) => {
    ctx.maintenance.diagnosticsStatus = status;
    ctx.send('DiagnosticsStatusNotification', { status });
  };
  ctx.defer(async () => {
    report('Uploading');
    ctx.timers.after(
      ctx.options.firmwareStepMs,
      () => {
        report(request.location.toLowerCase().includes('fail') ? 'UploadFailed' : 'Uploaded');
        ctx.maintenance.diagnosticsStatus = 'Idle';
      },
      DIAGNOSTICS_TIMER,
    );
  });
  return fileName;
}

/** "https://fw.example/cp/2.1.0.bin" → "2.1.0"; the schema allows 50 characters. */
export function versionFrom(location: string, current: string): string {
  let segment = '';
  try {
    segment = decodeURIComponent(
      new URL(location).pathname.split('/').filter(Boolean).at(-1) ?? '',
    );
  } catch {
    return current;
  }
  const version = segment.replace(/\.(bin|img|zip|hex|fw|tar\.gz|tgz)$/i, '').slice(0, 50);
  return version.length > 0 ? version : current;
}
