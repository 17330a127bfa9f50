import type { ReactNode } from 'react';
import { AdminHeader } from '@/components/admin/admin-header';
import { getCurrentUser } from '@/lib/auth/current-user';

/** Chrome only: each page checks access itself (layouts and pages render independently). */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <div className="min-h-dvh">
      <AdminHeader user={user} />
      <main className="mx-auto max-w-6xl space-y-6 px-4 py-6">{children}</main>
    </div>
  );
}
