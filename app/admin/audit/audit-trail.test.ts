import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, tariffs } from '@/db/schema';
import { runCreateApiKey, runRevokeApiKey } from '@/app/admin/api-keys/run-api-key-forms';
import { runCommandForm } from '@/app/admin/stations/[id]/run-command-form';
import { runAssignTariff, runSaveTariff } from '@/app/admin/tariffs/run-tariff-form';
import { createAuthSession, findActiveSessionUser } from '@/lib/auth/auth-session-store';
import { createEventHub, type EventHub } from '@/lib/events/event-hub';
import { aSite, aStation, aUser, unique } from '@/test/builders';
import { useTestDb } from '@/test/db';

const { db, sql } = useTestDb();
let hub: EventHub;
beforeAll(async () => {
  hub = await createEventHub(sql);
});
afterAll(() => hub.close());

async function signedIn(role: 'operator') {
  const user = await aUser(db, { role });
  return (await findActiveSessionUser(db, await createAuthSession(db, user.id)))!;
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const entriesBy = (actorId: string) =>
  db.select().from(auditLog).where(eq(auditLog.actorId, actorId)).orderBy(auditLog.id);

/** The console flows that change things leave an entry saying who did what. */
describe('audit trail of existing console flows', () => {
  it('records a command sent from the station page with its result', async () => {
    const operator = await signedIn('operator');
    const station = await aStation(db); // offline: the command ends as Offline at once
    const unlock = form({ stationId: station.id, action: 'UnlockConnector', connectorId: '1' });
    expect(await runCommandForm({ db, events: hub }, operator, unlock)).toMatchObject({
      status: 'sent',
    });
    expect(await entriesBy(operator.id)).toEqual([
      expect.objectContaining({
        action: 'command.sent',
        targetType: 'station',
        targetId: station.id,
        details: expect.objectContaining({ action: 'UnlockConnector', result: 'offline' }),
      }),
    ]);
  });

  it('records tariff creation, edits and assignment', async () => {
    const operator = await signedIn('operator');
    const name = unique('Tariff');
    const fields = {
      name,
      currency: 'EUR',
      energyPricePerMwh: '39000',
      timePricePerHour: '0',
      sessionFee: '35',
      idleFeePerHour: '0',
      idleGraceMinutes: '0',
      vatBasisPoints: '1900',
      bands: '',
    };
    await runSaveTariff(db, operator, form(fields));
    const [tariff] = await db.select().from(tariffs).where(eq(tariffs.name, name));
    await runSaveTariff(db, operator, form({ ...fields, id: tariff!.id, sessionFee: '50' }));
    const site = await aSite(db);
    await runAssignTariff(
      db,
      operator,
      form({ targetKey: `site:${site.id}`, tariffId: tariff!.id }),
    );
    expect((await entriesBy(operator.id)).map((e) => [e.action, e.targetId])).toEqual([
      ['tariff.created', tariff!.id],
      ['tariff.updated', tariff!.id],
      ['tariff.assigned', site.id],
    ]);
  });

  it('records API key creation and revocation, not a failed revocation', async () => {
    const operator = await signedIn('operator');
    await runCreateApiKey(db, operator, form({ name: 'Export', scope: 'read' }));
    const [created] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, operator.id), eq(auditLog.action, 'api_key.created')));
    expect(created!.details).toMatchObject({ name: 'Export', scope: 'read' });
    expect(await runRevokeApiKey(db, operator, form({ id: created!.targetId! }))).toEqual({
      status: 'revoked',
    });
    await runRevokeApiKey(db, operator, form({ id: created!.targetId! }));
    expect((await entriesBy(operator.id)).map((e) => e.action)).toEqual([
      'api_key.created',
      'api_key.revoked',
    ]);
  });
});
