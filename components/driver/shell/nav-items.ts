/** The driver's destinations, in nav order; `primary` ones sit in the phone's bottom bar. */
export const DRIVER_NAV_ITEMS = [
  { href: '/', label: 'Find', primary: true },
  { href: '/session', label: 'Session', primary: true },
  { href: '/history', label: 'History', primary: true },
  { href: '/favorites', label: 'Favorites', primary: true },
  { href: '/vehicles', label: 'Vehicles', primary: false },
  { href: '/notifications', label: 'Notifications', primary: false },
  { href: '/profile', label: 'Profile', primary: false },
] as const;

export type TDriverNavItem = (typeof DRIVER_NAV_ITEMS)[number];

/** `/` only matches itself; the others also match their sub-pages (/history/123). */
export function isActivePath(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}
