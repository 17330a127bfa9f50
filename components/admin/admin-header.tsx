import Link from 'next/link';
import type { TSessionUser } from '@/lib/auth/auth-session-store';
import { SignOutButton } from './sign-out-button';

export function AdminHeader({ user }: { user: TSessionUser | null }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div className="flex items-center gap-4">
          <Link href="/admin" className="text-brand-700 text-lg font-semibold">
            Chargedeck
          </Link>
          <nav aria-label="Console" className="flex items-center gap-3 text-sm">
            <Link href="/admin" className="text-slate-600 hover:text-slate-900 hover:underline">
              Stations
            </Link>
            <Link
              href="/admin/data-quality"
              className="text-slate-600 hover:text-slate-900 hover:underline"
            >
              Data quality
            </Link>
            <Link
              href="/admin/tariffs"
              className="text-slate-600 hover:text-slate-900 hover:underline"
            >
              Tariffs
            </Link>
            <Link
              href="/admin/api-keys"
              className="text-slate-600 hover:text-slate-900 hover:underline"
            >
              API keys
            </Link>
            <Link href="/docs" className="text-slate-600 hover:text-slate-900 hover:underline">
              API docs
            </Link>
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
