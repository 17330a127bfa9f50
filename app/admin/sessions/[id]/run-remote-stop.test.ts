import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, sessions } from '@/db/schema';
import { createAuthSession, findActiveSessionUser } from '@/lib/auth/auth-session-store';
import { useCommandTestbed } from '@/ocpp-server/command-test-kit';
import { aUser } from '@/test/builders';
import { aChargingSession } from '@/test/web-builders';
import { runRemoteStop } from './run-remote-stop';

const testbed = useCommandTestbed();
const { db } = testbed;

async function signedIn(role: 'driver' | 'operator') {
  const user = await aUser(db, { role });
  return (await findActiveSessionUser(db, await createAuthSession(db, user.id)))!;
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe('runRemoteStop', () => {
  it('asks first, then stops a charging session over OCPP and records who did it', async () => {
    const { station, received } = await testbed.connectCharger();
    const session = await aChargingSession(db, {
      stationId: station.id,
      transactionId: 700_000 + Math.floor(Math.random() * 100_000),
    });
    const deps = { db, events: testbed.events, commandTimeoutMs: 3_000 };
    const operator = await signedIn('operator');

    const asked = await runRemoteStop(deps, operator, form({ sessionId: session.id }));
    expect(asked).toMatchObject({ status: 'confirm' });
    const done = await runRemoteStop(
      deps,
      operator,
      form({ sessionId: session.id, confirmed: 'yes' }),
    );
    expect(done).toMatchObject({ status: 'done' });
    expect(received.map((r) => r.method)).toContain('RemoteStopTransaction');
    const [row] = await db.select().from(sessions).where(eq(sessions.id, session.id));
    expect(row).toMatchObject({ status: 'STOPPED', stopReason: 'Remote' });
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'session.stopped'), eq(auditLog.targetId, session.id)));
    expect(audit).toEqual([expect.objectContaining({ actorId: operator.id })]);

    const again = await runRemoteStop(
      deps,
      operator,
      form({ sessionId: session.id, confirmed: 'yes' }),
    );
    expect(again).toMatchObject({ status: 'refused', message: expect.stringContaining('STOPPED') });
  });

  it('refuses drivers (403) without stopping anything', async () => {
    const { station } = await testbed.connectCharger();
    const session = await aChargingSession(db, { stationId: station.id, transactionId: 690_001 });
    const deps = { db, events: testbed.events };
    const result = await runRemoteStop(
      deps,
      await signedIn('driver'),
      form({ sessionId: session.id, confirmed: 'yes' }),
    );
    expect(result).toMatchObject({ status: 'refused', message: expect.stringContaining('403') });
    expect(await runRemoteStop(deps, null, form({ sessionId: session.id }))).toMatchObject({
      status: 'refused',
    });
    const [row] = await db.select().from(sessions).where(eq(sessions.id, session.id));
    expect(row?.status).toBe('CHARGING');
  });
});
