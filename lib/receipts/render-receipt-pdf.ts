import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { formatDuration } from './describe-cost-line';
import { formatKwh, formatMinorUnits } from './format-money';
import { formatZonedTime } from './format-zoned-time';
import type { TReceipt } from './get-receipt';
import { toWinAnsi } from './winansi-text';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const RIGHT = A4[0] - MARGIN;
const GREY = rgb(0.38, 0.4, 0.45);

/** Draws top to bottom on one page; every string is made WinAnsi-safe before it is drawn. */
class ReceiptWriter {
  private y = A4[1] - MARGIN;
  constructor(
    private readonly page: PDFPage,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {}

  text(value: string, options: { size?: number; bold?: boolean; grey?: boolean } = {}): void {
    const size = options.size ?? 10;
    const font = options.bold ? this.bold : this.regular;
    for (const line of this.wrap(toWinAnsi(value, font), font, size, RIGHT - MARGIN)) {
      this.page.drawText(line, {
        x: MARGIN,
        y: this.y,
        size,
        font,
        ...(options.grey ? { color: GREY } : {}),
      });
      this.y -= size * 1.4;
    }
  }

  /** A label on the left, a value right-aligned (amounts line up in one column). */
  row(label: string, value: string, options: { bold?: boolean; detail?: string } = {}): void {
    const font = options.bold ? this.bold : this.regular;
    const size = 10;
    const safeValue = toWinAnsi(value, font);
    const valueWidth = font.widthOfTextAtSize(safeValue, size);
    const labelWidth = RIGHT - MARGIN - valueWidth - 16;
    const lines = this.wrap(toWinAnsi(label, font), font, size, labelWidth);
    const top = this.y;
    // Label before value, so text extraction (and screen readers) read "Total 5.64 EUR".
    for (const line of lines) {
      this.page.drawText(line, { x: MARGIN, y: this.y, size, font });
      this.y -= size * 1.4;
    }
    this.page.drawText(safeValue, { x: RIGHT - valueWidth, y: top, size, font });
    if (options.detail) {
      const detail = toWinAnsi(options.detail, this.regular);
      this.page.drawText(detail, {
        x: MARGIN + 12,
        y: this.y,
        size: 9,
        font: this.regular,
        color: GREY,
      });
      this.y -= 9 * 1.5;
    }
  }

  rule(): void {
    this.y += 4;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: RIGHT, y: this.y },
      thickness: 0.5,
      color: GREY,
    });
    this.y -= 14;
  }

  gap(points = 8): void {
    this.y -= points;
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(next, size) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    return [...lines, line];
  }
}

/**
 * The receipt as a one-page A4 PDF with the standard Helvetica fonts (no font files to ship).
 * Times are on the site's clock with the zone named; amounts in the session's currency.
 */
export async function renderReceiptPdf(receipt: TReceipt): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  pdf.setTitle(toWinAnsi(`Receipt ${receipt.sessionId}`, regular));
  pdf.setAuthor(toWinAnsi(receipt.operatorName, regular));
  pdf.setCreator('Chargedeck');
  const out = new ReceiptWriter(pdf.addPage(A4), regular, bold);
  const money = (minor: number) =>
    `${formatMinorUnits(minor, receipt.currency)}${receipt.currency ? ` ${receipt.currency}` : ''}`;
  const at = (iso: string) => formatZonedTime(iso, receipt.timeZone);

  out.text(receipt.operatorName, { size: 18, bold: true });
  out.text('Charging receipt', { size: 12, grey: true });
  out.gap(10);
  out.row('Session ID', receipt.sessionId);
  out.row('Transaction ID', receipt.transactionId === null ? '-' : String(receipt.transactionId));
  out.row('Issued', at(receipt.issuedAt));
  out.gap();
  out.rule();

  if (receipt.site) {
    out.text(receipt.site.name, { bold: true });
    out.text(receipt.site.address);
    out.text(
      `${receipt.site.postalCode ? `${receipt.site.postalCode} ` : ''}${receipt.site.city}, ${receipt.site.country}`,
    );
    out.gap(4);
  }
  const connectorType = receipt.connector.type ? ` (${receipt.connector.type})` : '';
  out.row('Charger', `${receipt.station.name} - ${receipt.station.identity}`);
  out.row('Connector', `${receipt.connector.connectorId}${connectorType}`);
  out.row('Start', at(receipt.startedAt));
  out.row('Stop', receipt.stoppedAt ? at(receipt.stoppedAt) : '-');
  out.row('Time zone', receipt.timeZone);
  if (receipt.stoppedAt) {
    const seconds = Math.max(
      0,
      Math.floor((Date.parse(receipt.stoppedAt) - Date.parse(receipt.startedAt)) / 1000),
    );
    out.row('Duration', formatDuration(seconds));
  }
  out.row('Energy delivered', `${formatKwh(receipt.energyWh)} kWh`, { bold: true });
  out.gap();
  out.rule();

  out.text('Charges (net of VAT)', { bold: true });
  out.gap(2);
  if (receipt.lines.length === 0) out.text('No tariff applied: free of charge.', { grey: true });
  for (const line of receipt.lines)
    out.row(line.label, money(line.amount), { detail: line.quantity });
  out.gap(4);
  out.rule();
  out.row('Subtotal', money(receipt.subtotal));
  out.row(
    `VAT ${(receipt.vatBasisPoints / 100).toFixed(2).replace(/\.?0+$/, '')} %`,
    money(receipt.vat),
  );
  out.row('Total', money(receipt.total), { bold: true });
  out.gap(16);
  out.text(
    `Times are on the site's clock (${receipt.timeZone}). Thank you for charging with ${receipt.operatorName}.`,
    { size: 8, grey: true },
  );
  return pdf.save();
}
