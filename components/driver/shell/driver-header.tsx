import Link from 'next/link';
import type { ReactNode } from 'react';
import type { TSessionUser } from '@/lib/auth/auth-session-store';
import { hasRole } from '@/lib/auth/roles';
import { DRIVER_NAV_ITEMS } from './nav-items';
import { NavLink } from './nav-link';

const linkClass =
  'rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900';
const activeClass = 'bg-brand-50 font-medium text-brand-700';

/** Top bar: brand, the full nav from 640 px up (phones use the bottom bar), account links. */
export function DriverHeader({
  user,
  notificationsBadge,
}: {
  user: TSessionUser | null;
  notificationsBadge: ReactNode;
}) {
  return (
    <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3">
        <div className="flex min-w-0 items-center gap-4">
          <Link href="/" className="text-brand-700 text-lg font-semibold">
            Chargedeck
          </Link>
          {user && (
            <nav aria-label="Driver" className="hidden items-center gap-1 sm:flex">
              {DRIVER_NAV_ITEMS.map((item) => (
                <NavLink
                  key={item.href}
                  href={item.href}
                  className={linkClass}
                  activeClassName={activeClass}
                >
                  {item.label}
                  {item.href === '/notifications' && notificationsBadge}
                </NavLink>
              ))}
            </nav>
          )}
        </div>
        <div className="flex shrink-0 items-center gap-3 text-sm">
          {user && hasRole(user.role, 'operator') && (
            <Link href="/admin" className="text-brand-700 font-medium hover:underline">
              Operator console
            </Link>
          )}
          {user ? (
            <span className="hidden text-slate-600 md:inline" data-testid="current-user">
              {user.name}
            </span>
          ) : (
            <>
              <Link href="/signup" className="text-slate-700 hover:underline">
                Sign up
              </Link>
              <Link
                href="/login?callbackUrl=%2F"
                className="bg-brand-600 hover:bg-brand-700 rounded-lg px-3 py-1.5 font-medium text-white"
              >
                Sign in
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
