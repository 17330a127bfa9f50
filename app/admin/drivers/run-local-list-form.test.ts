import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, stations } from '@/db/schema';
import { createAuthSession, findActiveSessionUser } from '@/lib/auth/auth-session-store';
import { useCommandTestbed } from '@/ocpp-server/command-test-kit';
import { anIdTag, aSite, aStation, aUser, unique } from '@/test/builders';
import { runPushLocalList } from './run-local-list-form';
import { runChangeTag, runIssueTag } from './run-tag-forms';

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

interface TSentList {
  listVersion: number;
  updateType: string;
  localAuthorizationList: { idTag: string; idTagInfo?: { status: string; parentIdTag?: string } }[];
}

describe('runPushLocalList', () => {
  it('sends the full list, then only the changed tags, and records each version', async () => {
    const operator = await signedIn('operator');
    const { station, received } = await testbed.connectCharger();
    const deps = { db, events: testbed.events, timeoutMs: 3_000 };
    const token = unique('LL').slice(0, 20);
    await runIssueTag(db, operator, form({ idTag: token, parentIdTag: 'FLEET-9' }));
    const untouched = await anIdTag(db);
    const push = (updateType: string) =>
      runPushLocalList(deps, operator, form({ target: `station:${station.id}`, updateType }));
    const sent = () =>
      received.filter((r) => r.method === 'SendLocalList').map((r) => r.params as TSentList);

    // No list known yet: a Differential goes out Full.
    expect(await push('Differential')).toMatchObject({
      status: 'sent',
      results: [
        { stationId: station.id, updateType: 'Full', listVersion: 1, ocppStatus: 'Accepted' },
      ],
    });
    expect(sent()[0]!.localAuthorizationList).toContainEqual({
      idTag: token,
      idTagInfo: { status: 'Accepted', parentIdTag: 'FLEET-9' },
    });
    const version = async () =>
      (await db.select().from(stations).where(eq(stations.id, station.id)))[0]?.localListVersion;
    expect(await version()).toBe(1);

    const [tag] = await db.query.idTags.findMany({ where: (t, { eq: is }) => is(t.idTag, token) });
    // Other test files create tags meanwhile: assert on this test's tags only.
    // Tags issued well before the list was built (beyond its 5 s overlap) are on the charger.
    await db.execute(
      sql`update commands set created_at = created_at - interval '1 minute' where station_id = ${station.id}`,
    );
    await db.execute(
      sql`update id_tags set created_at = created_at - interval '2 minutes' where id_tag in (${token}, ${untouched.idTag})`,
    );
    await db.execute(
      sql`update audit_log set created_at = created_at - interval '2 minutes' where target_id = ${tag!.id}`,
    );
    await runChangeTag(db, operator, form({ tagId: tag!.id, intent: 'block', confirmed: 'yes' }));
    expect(await push('Differential')).toMatchObject({
      status: 'sent',
      results: [{ updateType: 'Differential', listVersion: 2, state: 'answered' }],
    });
    const differential = sent()[1]!;
    expect(differential).toMatchObject({ listVersion: 2, updateType: 'Differential' });
    expect(differential.localAuthorizationList).toContainEqual({
      idTag: token,
      idTagInfo: { status: 'Blocked', parentIdTag: 'FLEET-9' },
    });
    expect(differential.localAuthorizationList.map((e) => e.idTag)).not.toContain(untouched.idTag);
    expect(await version()).toBe(2);
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'local_list.sent'), eq(auditLog.targetId, station.id)));
    expect(audits).toHaveLength(2);
  });

  it('sends to every station of a site and shows each result (offline included)', async () => {
    const operator = await signedIn('operator');
    const site = await aSite(db);
    const online = await aStation(db, { siteId: site.id });
    await testbed.connectCharger({ existing: online });
    const offline = await aStation(db, { siteId: site.id });
    const result = await runPushLocalList(
      { db, events: testbed.events, timeoutMs: 3_000 },
      operator,
      form({ target: `site:${site.id}`, updateType: 'Full' }),
    );
    expect(result.status).toBe('sent');
    const byStation = result.status === 'sent' ? result.results : [];
    expect(byStation).toHaveLength(2);
    expect(byStation.find((r) => r.stationId === online.id)).toMatchObject({
      ocppStatus: 'Accepted',
    });
    expect(byStation.find((r) => r.stationId === offline.id)).toMatchObject({ state: 'offline' });
  });

  it('refuses drivers and bad targets', async () => {
    const driver = await signedIn('driver');
    const deps = { db, events: testbed.events };
    expect(
      await runPushLocalList(deps, driver, form({ target: 'site:x', updateType: 'Full' })),
    ).toMatchObject({ status: 'refused', message: expect.stringContaining('403') });
    const operator = await signedIn('operator');
    expect(
      await runPushLocalList(deps, operator, form({ target: 'nope', updateType: 'Full' })),
    ).toMatchObject({ status: 'refused' });
  });
});
