import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/auth-options';

export const runtime = 'nodejs';

type TNextAuthContext = { params: Promise<{ nextauth: string[] }> };

function handler(req: Request, context: TNextAuthContext): Promise<Response> {
  return NextAuth(req as never, context as never, authOptions()) as Promise<Response>;
}

export { handler as GET, handler as POST };
