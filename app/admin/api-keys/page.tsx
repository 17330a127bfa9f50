import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ApiKeysSection } from '@/components/admin/api-keys/api-keys-section';
import { CreateApiKeyForm } from '@/components/admin/api-keys/create-api-key-form';
import { ForbiddenNotice } from '@/components/admin/forbidden-notice';
import { SectionSkeleton } from '@/components/ui/skeleton';
import { requireRole } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'API keys' };

export default async function ApiKeysPage() {
  const access = await requireRole('operator', '/admin/api-keys');
  if (!access.allowed) return <ForbiddenNotice role={access.user.role} />;
  const { user } = access;
  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold">API keys</h1>
        <p className="mt-1 text-sm text-slate-600">
          Send a key as <code className="font-mono">Authorization: Bearer &lt;key&gt;</code> to call{' '}
          <code className="font-mono">/api/v1</code> as yourself. Read keys may only read.
          {user.role === 'admin' && ' As an admin you see and can revoke everyone’s keys.'}
        </p>
      </div>
      <CreateApiKeyForm />
      <Suspense fallback={<SectionSkeleton rows={2} />}>
        <ApiKeysSection viewer={{ id: user.id, role: user.role }} />
      </Suspense>
    </>
  );
}
