import { createApiKey } from '@/lib/api-keys/create-api-key';
import { aSite, aTariff, aUser, anIdTag } from '@/test/builders';
import { expect, test } from './fixtures';

/**
 * An integrator over plain HTTP against `next start`: registers a charger, which connects with
 * the password and URL it was given; a driver's app starts, follows and stops a session.
 */
test('register a charger, start, follow and stop a session over the REST API', async ({
  request,
  db,
  simulateCharger,
}) => {
  const operator = await aUser(db, { role: 'operator' });
  const driver = await aUser(db);
  const tag = await anIdTag(db, { userId: driver.id });
  const site = await aSite(db, { tariffId: (await aTariff(db)).id });
  const operatorKey = await createApiKey(db, operator.id, { name: 'backoffice', scope: 'write' });
  const driverKey = await createApiKey(db, driver.id, { name: 'phone', scope: 'write' });
  const asOperator = { authorization: `Bearer ${operatorKey.secret}` };
  const asDriver = { authorization: `Bearer ${driverKey.secret}` };

  const identity = `E2E-API-${Date.now()}`;
  const created = await request.post('/api/v1/stations', {
    headers: asOperator,
    data: {
      identity,
      name: 'API charger',
      siteId: site.id,
      connectors: [{ connectorId: 1, type: 'Type2', maxPowerW: 22_000 }],
    },
  });
  expect(created.status()).toBe(201);
  const { station, ocppPassword, ocppUrl } = (await created.json()) as {
    station: { id: string };
    ocppPassword: string;
    ocppUrl: string;
  };
  expect(ocppUrl.endsWith(`/${identity}`)).toBe(true);
  await simulateCharger({ identity, password: ocppPassword }, { plugInDelayMs: 100 });
  await expect
    .poll(async () => {
      const detail = await request.get(`/api/v1/stations/${station.id}`, { headers: asOperator });
      const body = (await detail.json()) as {
        connectionState: string;
        connectors: { status: string }[];
      };
      return `${body.connectionState} ${body.connectors[0]?.status}`;
    })
    .toBe('online Available');

  const started = await request.post('/api/v1/sessions', {
    headers: asDriver,
    data: { stationId: station.id, metadata: { bay: 'E2E' } },
  });
  expect(started.status()).toBe(201);
  expect(await started.json()).toMatchObject({ command: { ocppStatus: 'Accepted' } });
  const list = await request.get(`/api/v1/sessions?stationId=${station.id}`, { headers: asDriver });
  const [session] = ((await list.json()) as { items: { id: string; idTag: string }[] }).items;
  expect(session?.idTag).toBe(tag.idTag);

  await expect
    .poll(async () => {
      const detail = await request.get(`/api/v1/sessions/${session!.id}`, { headers: asDriver });
      return ((await detail.json()) as { status: string }).status;
    })
    .toBe('CHARGING');

  const stopped = await request.post(`/api/v1/sessions/${session!.id}/stop`, {
    headers: asDriver,
  });
  expect(stopped.status()).toBe(200);
  expect(await stopped.json()).toMatchObject({
    session: { status: 'STOPPED', metadata: { bay: 'E2E' }, currency: 'EUR' },
    command: { ocppStatus: 'Accepted' },
  });

  // Someone else's key sees nothing of it.
  const stranger = await createApiKey(db, (await aUser(db)).id, { name: 'x', scope: 'read' });
  const hidden = await request.get(`/api/v1/sessions/${session!.id}`, {
    headers: { authorization: `Bearer ${stranger.secret}` },
  });
  expect(hidden.status()).toBe(404);
});
