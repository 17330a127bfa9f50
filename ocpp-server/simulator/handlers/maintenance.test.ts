import { describe, expect, it } from 'vitest';
import { inSimulated, statusOf, useSimulator, waitUntil } from '../testing/use-simulator';

const sim = useSimulator();

const statusesOf = (method: string) =>
  sim.csms.callsOf(method).map((call) => call.params.status as string);

describe('Firmware Management', () => {
  it('UpdateFirmware: downloads, installs, reboots and boots with the new version', async () => {
    await sim.connected();
    const transactionId = await sim.charging(1);
    expect(
      await sim.command('UpdateFirmware', {
        location: 'https://firmware.example/chargers/2.4.1.bin',
        retrieveDate: inSimulated(sim.chargePoint, 0),
      }),
    ).toEqual({});

    await waitUntil(() => sim.csms.callsOf('BootNotification').length === 2);
    expect(statusesOf('FirmwareStatusNotification')).toEqual([
      'Downloading',
      'Downloaded',
      'Installing',
      'Installed',
    ]);
    const stop = await sim.csms.waitForCall('StopTransaction');
    expect(stop.params).toMatchObject({ transactionId, reason: 'Reboot' });
    expect(sim.csms.callsOf('BootNotification')[1]?.params).toMatchObject({
      firmwareVersion: '2.4.1',
    });
    expect(sim.chargePoint.firmwareVersion).toBe('2.4.1');
    await waitUntil(() => sim.chargePoint.registrationStatus === 'Accepted');

    await sim.command('TriggerMessage', { requestedMessage: 'FirmwareStatusNotification' });
    await waitUntil(() => statusesOf('FirmwareStatusNotification').length === 5);
    expect(statusesOf('FirmwareStatusNotification').at(-1)).toBe('Idle');
  });

  it('waits for retrieveDate before downloading', async () => {
    await sim.connected();
    await sim.command('UpdateFirmware', {
      location: 'https://firmware.example/3.0.0.bin',
      // 60 s of simulated time: one second here.
      retrieveDate: inSimulated(sim.chargePoint, 60_000),
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(statusesOf('FirmwareStatusNotification')).toEqual([]);
    await sim.csms.waitForCall('FirmwareStatusNotification');
  });

  it('a location containing "fail" ends in DownloadFailed after the retries, or InstallationFailed', async () => {
    await sim.connected();
    await sim.command('UpdateFirmware', {
      location: 'https://firmware.example/fail/9.9.9.bin',
      retrieveDate: inSimulated(sim.chargePoint, 0),
      retries: 1,
      retryInterval: 1,
    });
    await waitUntil(() => statusesOf('FirmwareStatusNotification').length === 4);
    expect(statusesOf('FirmwareStatusNotification')).toEqual([
      'Downloading',
      'DownloadFailed',
      'Downloading',
      'DownloadFailed',
    ]);

    await sim.command('UpdateFirmware', {
      location: 'https://firmware.example/install-fail/9.9.9.bin',
      retrieveDate: inSimulated(sim.chargePoint, 0),
    });
    await waitUntil(() => statusesOf('FirmwareStatusNotification').at(-1) === 'InstallationFailed');
    expect(statusesOf('FirmwareStatusNotification').slice(4)).toEqual([
      'Downloading',
      'Downloaded',
      'Installing',
      'InstallationFailed',
    ]);
    expect(sim.csms.callsOf('BootNotification')).toHaveLength(1);
    expect(sim.chargePoint.firmwareVersion).toBe('1.0.0-sim');
  });

  it('GetDiagnostics: answers with a file name, then uploads (or fails to)', async () => {
    await sim.connected();
    const answer = (await sim.command('GetDiagnostics', {
      location: 'ftp://logs.example/uploads/',
    })) as { fileName: string };
    expect(answer.fileName).toMatch(/^SIM-TEST-1-diagnostics-.*\.log$/);
    await waitUntil(() => statusesOf('DiagnosticsStatusNotification').length === 2);
    expect(statusesOf('DiagnosticsStatusNotification')).toEqual(['Uploading', 'Uploaded']);

    await sim.command('GetDiagnostics', { location: 'ftp://logs.example/fail/' });
    await waitUntil(() => statusesOf('DiagnosticsStatusNotification').length === 4);
    expect(statusesOf('DiagnosticsStatusNotification').slice(2)).toEqual([
      'Uploading',
      'UploadFailed',
    ]);
  });
});

describe('Core, beyond the basics', () => {
  it('Reset Hard: stops transactions with HardReset, reconnects and boots again', async () => {
    await sim.connected();
    const transactionId = await sim.charging(2);
    expect(await sim.command('Reset', { type: 'Hard' })).toEqual({ status: 'Accepted' });
    const stop = await sim.csms.waitForCall('StopTransaction');
    expect(stop.params).toMatchObject({ transactionId, reason: 'HardReset' });
    await waitUntil(() => sim.csms.callsOf('BootNotification').length === 2);
    await waitUntil(() => sim.chargePoint.registrationStatus === 'Accepted');
    expect(sim.chargePoint.connector(2)?.transactionId).toBeUndefined();
  });

  it('ChangeAvailability on connector 0 applies to every connector, a busy one when it is free', async () => {
    await sim.connected();
    await sim.charging(1);
    expect(
      await sim.command('ChangeAvailability', { connectorId: 0, type: 'Inoperative' }),
    ).toEqual({ status: 'Scheduled' });
    await sim.csms.waitForCall('StatusNotification', statusOf(0, 'Unavailable'));
    await sim.csms.waitForCall('StatusNotification', statusOf(2, 'Unavailable'));
    expect(sim.chargePoint.connector(1)?.status).toBe('Charging');

    await sim.chargePoint.stopTransaction(1);
    await sim.csms.waitForCall('StatusNotification', statusOf(1, 'Unavailable'));
    expect(await sim.command('ChangeAvailability', { connectorId: 0, type: 'Operative' })).toEqual({
      status: 'Accepted',
    });
    await waitUntil(() => sim.chargePoint.connector(2)?.status === 'Available');
  });
});
