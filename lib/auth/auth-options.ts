import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { webConfig } from '@/lib/config/web';
import { getDb } from '@/lib/db';
import { AUTH_SESSION_MAX_AGE_S, createAuthSession, revokeAuthSession } from './auth-session-store';
import { authorizeSignIn } from './verify-credentials';

const ZCredentials = z.object({ email: z.string().min(1), password: z.string().min(1) });

let cached: AuthOptions | undefined;

/** The first x-forwarded-for hop (set by Next.js or the proxy in front of it). */
function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.['x-forwarded-for'];
  const first = typeof forwarded === 'string' ? forwarded.split(',')[0]?.trim() : undefined;
  return first || 'unknown';
}

/**
 * Built on first use, not at import, so `next build` can load the route without a database
 * or secret in its environment.
 */
export function authOptions(): AuthOptions {
  cached ??= {
    secret: webConfig().NEXTAUTH_SECRET,
    session: { strategy: 'jwt', maxAge: AUTH_SESSION_MAX_AGE_S },
    pages: { signIn: '/login', error: '/login' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: {
          email: { label: 'Email', type: 'email' },
          password: { label: 'Password', type: 'password' },
        },
        async authorize(raw, req) {
          const parsed = ZCredentials.safeParse(raw);
          if (!parsed.success) return null;
          // A refused attempt throws: next-auth passes the message to the login form as `error`.
          const user = await authorizeSignIn(getDb(), {
            ...parsed.data,
            ip: clientIp(req.headers),
          });
          return user ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        // `user` is only set on the sign-in request: that is when the revocable row is born.
        if (user) {
          token.sid = await createAuthSession(getDb(), user.id);
          token.sub = user.id;
        }
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) Object.assign(session.user, { id: token.sub });
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === 'string') await revokeAuthSession(getDb(), token.sid);
      },
    },
  };
  return cached;
}
