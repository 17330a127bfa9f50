import type { TUserListItem } from '@/lib/users/list-users';
import { ChangeRoleForm } from './change-role-form';

/** One page of accounts; the viewer's own role is shown but not changeable. */
export function UsersTable({ users, viewerId }: { users: TUserListItem[]; viewerId: string }) {
  if (users.length === 0) return <p className="text-sm text-slate-600">No users match.</p>;
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            <th className="px-3 py-2">Email</th>
            <th className="px-3 py-2">Name</th>
            <th className="px-3 py-2">Since</th>
            <th className="px-3 py-2">Role</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-t border-slate-100" data-testid={`user-${user.id}`}>
              <td className="px-3 py-2 font-medium">{user.email}</td>
              <td className="px-3 py-2">{user.name}</td>
              <td className="px-3 py-2">{user.createdAt.toISOString().slice(0, 10)}</td>
              <td className="px-3 py-2">
                {user.id === viewerId ? (
                  <span>{user.role} (you)</span>
                ) : (
                  <ChangeRoleForm userId={user.id} email={user.email} role={user.role} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
