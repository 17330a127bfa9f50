import { describe, expect, it } from 'vitest';
import { findApiKeyCaller } from '@/lib/api-keys/find-api-key-caller';
import { listApiKeys } from '@/lib/api-keys/list-api-keys';
import { aUser } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { runCreateApiKey, runRevokeApiKey } from './run-api-key-forms';

const { db } = useTestDb();

function formOf(fields: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

async function signedIn(role: 'driver' | 'operator' | 'admin') {
  const user = await aUser(db, { role });
  return { ...user, authSessionId: '00000000-0000-4000-8000-000000000000' };
}

describe('API key console actions', () => {
  it('creates a working key for an operator and shows its secret once', async () => {
    const operator = await signedIn('operator');
    const state = await runCreateApiKey(db, operator, formOf({ name: 'Export', scope: 'write' }));
    expect(state).toMatchObject({ status: 'created', name: 'Export' });
    if (state.status !== 'created') return;
    expect(await findApiKeyCaller(db, state.secret)).toMatchObject({ scope: 'write' });
  });

  it('refuses drivers and signed-out callers, and reports invalid fields', async () => {
    const driver = await signedIn('driver');
    const form = formOf({ name: 'x', scope: 'read' });
    expect(await runCreateApiKey(db, driver, form)).toMatchObject({
      status: 'refused',
      message: expect.stringContaining('403') as unknown,
    });
    expect(await runCreateApiKey(db, null, form)).toMatchObject({ status: 'refused' });
    expect(await listApiKeys(db, driver)).toEqual([]);
    const invalid = await runCreateApiKey(db, await signedIn('operator'), formOf({ scope: 'all' }));
    expect(invalid).toMatchObject({
      status: 'invalid',
      fieldErrors: { name: 'Give the key a name', scope: 'Choose read or write' },
    });
  });

  it('lets an operator revoke only their own keys; an admin revokes anyone’s', async () => {
    const alice = await signedIn('operator');
    const bob = await signedIn('operator');
    const created = await runCreateApiKey(db, bob, formOf({ name: 'bob', scope: 'read' }));
    if (created.status !== 'created') throw new Error('key was not created');
    const [bobsKey] = await listApiKeys(db, bob);
    const form = formOf({ id: bobsKey!.id });

    expect(await runRevokeApiKey(db, alice, form)).toMatchObject({ status: 'refused' });
    expect(await findApiKeyCaller(db, created.secret)).not.toBeNull();
    expect(await runRevokeApiKey(db, await signedIn('admin'), form)).toEqual({ status: 'revoked' });
    expect(await findApiKeyCaller(db, created.secret)).toBeNull();
  });
});
