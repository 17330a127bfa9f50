import type { ReactNode } from 'react';
import { DRIVER_NAV_ITEMS } from './nav-items';
import { NavLink } from './nav-link';

const tabClass =
  'flex flex-1 flex-col items-center justify-center px-1 py-2 text-xs font-medium text-slate-600';
const activeTabClass = 'text-brand-700';
const moreLinkClass = 'block rounded-md px-3 py-2 text-sm text-slate-700 hover:bg-slate-100';

/** Phones (under 640 px): the main destinations in a bar at the bottom, the rest under "More". */
export function BottomNav({ notificationsBadge }: { notificationsBadge: ReactNode }) {
  const primary = DRIVER_NAV_ITEMS.filter((item) => item.primary);
  const more = DRIVER_NAV_ITEMS.filter((item) => !item.primary);
  return (
    <nav
      aria-label="Driver (phone)"
      className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-200 bg-white pb-[env(safe-area-inset-bottom)] sm:hidden"
    >
      <div className="flex items-stretch">
        {primary.map((item) => (
          <NavLink
            key={item.href}
            href={item.href}
            className={tabClass}
            activeClassName={activeTabClass}
          >
            {item.label}
          </NavLink>
        ))}
        {/* <details> opens without any JavaScript and is keyboard accessible. */}
        <details className="relative flex flex-1">
          <summary className={`${tabClass} cursor-pointer list-none`}>
            More{notificationsBadge}
          </summary>
          <div className="absolute right-1 bottom-full mb-2 w-48 rounded-xl border border-slate-200 bg-white p-1 shadow-lg">
            {more.map((item) => (
              <NavLink
                key={item.href}
                href={item.href}
                className={moreLinkClass}
                activeClassName="bg-brand-50 text-brand-700"
              >
                {item.label}
                {item.href === '/notifications' && notificationsBadge}
              </NavLink>
            ))}
          </div>
        </details>
      </div>
    </nav>
  );
}
