import { NextResponse, type NextRequest } from 'next/server';

/**
 * A fast, real HTTP redirect for visitors of signed-in pages without any session cookie (pages
 * stream, so a redirect decided inside the page reaches the browser as a client-side one).
 * Pages still verify the session against the database: a revoked cookie is caught there.
 */
export function proxy(request: NextRequest) {
  const hasSessionCookie = request.cookies
    .getAll()
    .some((c) => /^(__Secure-)?next-auth\.session-token(\.\d+)?$/.test(c.name));
  if (hasSessionCookie) return NextResponse.next();
  const login = new URL('/login', request.url);
  login.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: [
    '/admin',
    '/admin/:path*',
    // The driver's own pages (the find page and /docs stay public).
    '/session',
    '/history',
    '/history/:path*',
    '/notifications',
    '/favorites',
    '/vehicles',
    '/profile',
    '/chargers/:path*',
  ],
};
