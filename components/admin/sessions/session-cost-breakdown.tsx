import type { TCostBreakdown } from '@/db/schema/sessions';
import { formatMinorUnits } from '@/lib/receipts/format-money';

const KIND = { energy: 'Energy', time: 'Time', session: 'Session fee', idle: 'Idle fee' };

function quantity(line: TCostBreakdown['lines'][number]): string {
  if (line.kind === 'energy') return `${(line.quantity / 1000).toFixed(3)} kWh`;
  if (line.kind === 'session') return '1';
  return `${Math.round(line.quantity / 60)} min`;
}

/** The receipt lines (or the live cost while charging), net, then VAT and total. */
export function SessionCostBreakdown({
  cost,
  live,
}: {
  cost: TCostBreakdown | null;
  live: boolean;
}) {
  if (!cost) return <p className="text-sm text-slate-500">No tariff applied: free of charge.</p>;
  const money = (minor: number) => `${formatMinorUnits(minor, cost.currency)} ${cost.currency}`;
  return (
    <table className="w-full text-sm" aria-label="Cost breakdown">
      <tbody className="divide-y divide-slate-100">
        {cost.lines.map((line, i) => (
          <tr key={i}>
            <td className="py-1">
              {KIND[line.kind]}
              {line.band !== null && <span className="text-slate-500"> · band {line.band}</span>}
            </td>
            <td className="py-1 text-right tabular-nums">{quantity(line)}</td>
            <td className="py-1 text-right tabular-nums">{money(line.amount)}</td>
          </tr>
        ))}
        <tr>
          <td className="py-1" colSpan={2}>
            Subtotal
          </td>
          <td className="py-1 text-right tabular-nums">{money(cost.subtotal)}</td>
        </tr>
        <tr>
          <td className="py-1" colSpan={2}>
            VAT
          </td>
          <td className="py-1 text-right tabular-nums">{money(cost.vat)}</td>
        </tr>
        <tr className="font-semibold">
          <td className="py-1" colSpan={2}>
            Total{live && <span className="font-normal text-slate-500"> (live, so far)</span>}
          </td>
          <td className="py-1 text-right tabular-nums">{money(cost.total)}</td>
        </tr>
      </tbody>
    </table>
  );
}
