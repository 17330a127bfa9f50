import type { Metadata } from 'next';
import { ForbiddenNotice } from '@/components/admin/forbidden-notice';
import { TariffAssignmentForm } from '@/components/admin/tariffs/tariff-assignment-form';
import { TariffForm } from '@/components/admin/tariffs/tariff-form';
import { requireRole } from '@/lib/auth/current-user';
import { listTariffs, listTariffTargets } from '@/lib/billing/list-tariffs';
import { getDb } from '@/lib/db';

export const metadata: Metadata = { title: 'Tariffs' };

const card = 'rounded-xl border border-slate-200 bg-white p-4 shadow-sm';

export default async function TariffsPage() {
  const access = await requireRole('operator', '/admin/tariffs');
  if (!access.allowed) return <ForbiddenNotice role={access.user.role} />;
  const db = getDb();
  const [tariffs, targets] = await Promise.all([listTariffs(db), listTariffTargets(db)]);
  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold">Tariffs</h1>
        <p className="mt-1 text-sm text-slate-600">
          Prices are net, in integer minor units; VAT is added on the rounded subtotal.
        </p>
      </div>
      <section aria-labelledby="tariff-list" className="space-y-3">
        <h2 id="tariff-list" className="text-lg font-semibold">
          Tariffs ({tariffs.length})
        </h2>
        {tariffs.map((tariff) => (
          <details key={tariff.id} className={card}>
            <summary className="cursor-pointer text-sm font-medium">
              {tariff.name} · {tariff.currency}
              {!tariff.active && <span className="text-slate-500"> · inactive</span>}
            </summary>
            <div className="mt-3">
              <TariffForm tariff={tariff} />
            </div>
          </details>
        ))}
      </section>
      <section aria-labelledby="new-tariff" className={card}>
        <h2 id="new-tariff" className="mb-3 text-lg font-semibold">
          New tariff
        </h2>
        <TariffForm />
      </section>
      <section aria-labelledby="assign-tariff" className={card}>
        <h2 id="assign-tariff" className="mb-3 text-lg font-semibold">
          Assign
        </h2>
        <TariffAssignmentForm tariffs={tariffs} targets={targets} />
      </section>
    </>
  );
}
