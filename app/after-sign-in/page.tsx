import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { hasRole } from '@/lib/auth/roles';

/** Where a sign-in without a destination lands: operators in the console, drivers at home. */
export default async function AfterSignInPage() {
  const user = await getCurrentUser();
  if (!user) redirect('/login');
  redirect(hasRole(user.role, 'operator') ? '/admin' : '/');
}
