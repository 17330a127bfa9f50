import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { alerts, auditLog } from '@/db/schema';
import { alertStateAt } from '@/lib/alerts/alert';
import { createAuthSession, findActiveSessionUser } from '@/lib/auth/auth-session-store';
import { aSite, aStation, aUser, unique } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { runCreateAlert, runDeleteAlert, runExpireAlert } from './run-alert-forms';

const { db } = useTestDb();

async function signedIn(role: 'driver' | 'operator') {
  const user = await aUser(db, { role });
  return (await findActiveSessionUser(db, await createAuthSession(db, user.id)))!;
}

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of [value].flat()) data.append(key, v);
  }
  return data;
}

const alertForm = (title: string, extra: Record<string, string | string[]> = {}) =>
  form({ title, message: 'Works on site', severity: 'WARN', target: 'all', ...extra });
const titled = async (title: string) =>
  (await db.select().from(alerts).where(eq(alerts.title, title)))[0];
const actionsOn = async (id: string) =>
  (await db.select().from(auditLog).where(eq(auditLog.targetId, id))).map((e) => e.action);
const utc = (date: Date) => date.toISOString().slice(0, 16);

describe('alert forms', () => {
  it('refuses drivers with a 403 for every action', async () => {
    const driver = await signedIn('driver');
    const title = unique('Alert');
    for (const run of [runCreateAlert, runExpireAlert, runDeleteAlert]) {
      expect(await run(db, driver, alertForm(title))).toMatchObject({
        status: 'refused',
        message: expect.stringContaining('403'),
      });
    }
    expect(await titled(title)).toBeUndefined();
  });

  it('answers field errors: expiry before effect, missing targets, unknown station', async () => {
    const operator = await signedIn('operator');
    const now = new Date();
    const result = await runCreateAlert(
      db,
      operator,
      alertForm(unique('Alert'), {
        title: '',
        effectiveAt: utc(new Date(now.getTime() + 3_600_000)),
        expiresAt: utc(now),
        target: 'sites',
      }),
    );
    expect(result).toMatchObject({
      status: 'invalid',
      fieldErrors: {
        title: 'Required',
        expiresAt: expect.any(String),
        siteIds: expect.any(String),
      },
    });
    expect(
      await runCreateAlert(
        db,
        operator,
        alertForm(unique('Alert'), { target: 'stations', stationIdentities: 'NOPE-1' }),
      ),
    ).toMatchObject({ fieldErrors: { stationIdentities: 'No station named NOPE-1' } });
  });

  it('schedules a targeted alert, expires it now, deletes it; each step audited', async () => {
    const operator = await signedIn('operator');
    const [site, station] = [await aSite(db), await aStation(db)];
    const title = unique('Alert');
    const later = new Date(Date.now() + 86_400_000);
    const created = await runCreateAlert(
      db,
      operator,
      alertForm(title, {
        effectiveAt: utc(later),
        target: 'stations',
        stationIdentities: station.identity,
        siteIds: site.id, // ignored: the target is stations
      }),
    );
    expect(created).toMatchObject({
      status: 'saved',
      message: expect.stringContaining('scheduled'),
    });
    const alert = (await titled(title))!;
    expect(alert).toMatchObject({ stationIds: [station.id], siteIds: [], severity: 'WARN' });
    expect(alertStateAt(alert, new Date())).toBe('scheduled');

    expect(await runExpireAlert(db, operator, form({ id: alert.id }))).toMatchObject({
      status: 'saved',
    });
    expect(alertStateAt((await titled(title))!, new Date())).toBe('expired');

    expect(await runDeleteAlert(db, operator, form({ id: alert.id }))).toMatchObject({
      status: 'saved',
    });
    expect(await titled(title)).toBeUndefined();
    expect(await actionsOn(alert.id)).toEqual(['alert.created', 'alert.expired', 'alert.deleted']);
  });

  it('expires an alert in effect by ending it now', async () => {
    const operator = await signedIn('operator');
    const title = unique('Alert');
    await runCreateAlert(db, operator, alertForm(title));
    const alert = (await titled(title))!;
    expect(alertStateAt(alert, new Date())).toBe('active');
    await runExpireAlert(db, operator, form({ id: alert.id }));
    const expired = (await titled(title))!;
    expect(expired.effectiveAt).toEqual(alert.effectiveAt);
    expect(alertStateAt(expired, new Date())).toBe('expired');
  });
});
