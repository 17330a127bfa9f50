'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { isActivePath } from './nav-items';

/** A nav link that marks itself as the current page (aria-current) for sighted and AT users. */
export function NavLink({
  href,
  className,
  activeClassName,
  children,
}: {
  href: string;
  className: string;
  activeClassName: string;
  children: ReactNode;
}) {
  const active = isActivePath(href, usePathname());
  return (
    <Link
      href={href}
      aria-current={active ? 'page' : undefined}
      className={`${className} ${active ? activeClassName : ''}`}
      // Inside the phone's "More" menu: close it, since the layout (and the menu) stays mounted.
      onClick={(event) => event.currentTarget.closest('details')?.removeAttribute('open')}
    >
      {children}
    </Link>
  );
}
