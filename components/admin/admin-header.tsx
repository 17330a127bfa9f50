import Link from 'next/link';
import type { TSessionUser } from '@/lib/auth/auth-session-store';
import { hasRole } from '@/lib/auth/roles';
import { SignOutButton } from './sign-out-button';

const LINKS: { href: string; label: string; adminOnly?: boolean }[] = [
  { href: '/admin', label: 'Overview' },
  { href: '/admin/stations', label: 'Stations' },
  { href: '/admin/sessions', label: 'Sessions' },
  { href: '/admin/drivers', label: 'Drivers' },
  { href: '/admin/sites', label: 'Sites' },
  { href: '/admin/tariffs', label: 'Tariffs' },
  { href: '/admin/alerts', label: 'Alerts' },
  { href: '/admin/analytics', label: 'Analytics' },
  { href: '/admin/data-quality', label: 'Data quality' },
  { href: '/admin/users', label: 'Users', adminOnly: true },
  { href: '/admin/api-keys', label: 'API keys' },
  { href: '/admin/audit', label: 'Audit', adminOnly: true },
  { href: '/docs', label: 'API docs' },
];

/** The console chrome; admin-only pages are listed for admins (the pages check again). */
export function AdminHeader({ user }: { user: TSessionUser | null }) {
  const isAdmin = user !== null && hasRole(user.role, 'admin');
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div className="flex flex-wrap items-center gap-4">
          <Link href="/admin" className="text-brand-700 text-lg font-semibold">
            Chargedeck
          </Link>
          <nav aria-label="Console" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            {LINKS.filter((link) => isAdmin || !link.adminOnly).map((link) => (
              <Link
                key={link.href}
                href={link.href}
                className="text-slate-600 hover:text-slate-900 hover:underline"
              >
                {link.label}
              </Link>
            ))}
          </nav>
        </div>
        {user && (
          <div className="flex items-center gap-3">
            <span className="text-sm text-slate-600" data-testid="current-user">
              {user.name} <span className="text-slate-400">({user.role})</span>
            </span>
            <SignOutButton />
          </div>
        )}
      </div>
    </header>
  );
}
