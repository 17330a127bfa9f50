import { formatMoney } from '@/components/driver/session/session-format';
import type { TReceipt } from '@/lib/receipts/get-receipt';

/** The receipt's lines in words, as the PDF prints them (one tariff engine, same numbers). */
export function SessionCostLines({ receipt }: { receipt: TReceipt }) {
  const money = (minor: number) => formatMoney(minor, receipt.currency);
  if (!receipt.currency) {
    return <p className="text-sm text-slate-600">No tariff applied: this session was free.</p>;
  }
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Cost breakdown</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Quantity</th>
          <th scope="col">Amount (net)</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {receipt.lines.map((line, index) => (
          <tr key={index}>
            <th scope="row" className="py-1.5 pr-2 text-left font-normal">
              {line.label}
            </th>
            <td className="py-1.5 pr-2 text-right text-slate-600 tabular-nums">{line.quantity}</td>
            <td className="py-1.5 text-right tabular-nums">{money(line.amount)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot className="border-t border-slate-300">
        <tr>
          <th scope="row" colSpan={2} className="pt-2 text-left font-normal text-slate-600">
            Subtotal (net)
          </th>
          <td className="pt-2 text-right tabular-nums">{money(receipt.subtotal)}</td>
        </tr>
        <tr>
          <th scope="row" colSpan={2} className="text-left font-normal text-slate-600">
            VAT {(receipt.vatBasisPoints / 100).toFixed(2).replace(/\.00$/, '')} %
          </th>
          <td className="text-right tabular-nums">{money(receipt.vat)}</td>
        </tr>
        <tr>
          <th scope="row" colSpan={2} className="pt-1 text-left font-semibold">
            Total
          </th>
          <td className="pt-1 text-right font-semibold tabular-nums">{money(receipt.total)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
