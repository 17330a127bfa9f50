import { describe, expect, it } from 'vitest';
import { decodeCursor } from '@/lib/api/cursor';
import { aUser, unique } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { listAuditLog, ZAuditCursor } from './list-audit-log';
import { recordAudit } from './record-audit';

const { db } = useTestDb();

describe('listAuditLog', () => {
  it('lists newest first, filters by action and actor, and pages by cursor', async () => {
    const [alice, bob] = [
      await aUser(db, { role: 'admin' }),
      await aUser(db, { role: 'operator' }),
    ];
    const action = unique('test.done');
    for (const [actor, n] of [
      [alice, 1],
      [bob, 2],
      [alice, 3],
      [alice, 4],
    ] as const) {
      await recordAudit(db, { actorId: actor.id, action, targetType: 'thing', targetId: `${n}` });
    }
    const byAlice = await listAuditLog(db, { action, actorId: alice.id, limit: 2 });
    expect(byAlice.items.map((e) => e.targetId)).toEqual(['4', '3']);
    expect(byAlice.items[0]!.actorEmail).toBe(alice.email);
    const rest = await listAuditLog(db, {
      action,
      actorId: alice.id,
      limit: 2,
      cursor: decodeCursor(ZAuditCursor, byAlice.nextCursor!),
    });
    expect(rest).toMatchObject({ items: [{ targetId: '1' }], nextCursor: null });
    const all = await listAuditLog(db, { action });
    expect(all.items.map((e) => e.targetId)).toEqual(['4', '3', '2', '1']);
  });
});
