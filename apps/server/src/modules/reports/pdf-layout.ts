import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';

/** Small layout helpers over pdfkit: headings, tables and SVG charts that never split a page. */

export type Doc = PDFKit.PDFDocument;

export const MARGIN = 50;
export const INK = '#111827';
export const MUTED = '#6b7280';
export const ACCENT = '#0f766e';

export function newDocument(info: { title: string; author: string }): Doc {
  return new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: info.title, Author: info.author, Creator: 'AYNI' },
  });
}

const bottom = (doc: Doc) => doc.page.height - MARGIN - 20;

/** A new page unless `height` points still fit on this one. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

export function heading(doc: Doc, text: string): void {
  ensureSpace(doc, 60);
  doc.moveDown(0.8);
  doc.font('Helvetica-Bold').fontSize(13).fillColor(ACCENT).text(text, MARGIN);
  doc.moveDown(0.3);
  doc.font('Helvetica').fontSize(10).fillColor(INK);
}

export function paragraph(doc: Doc, text: string, options: { color?: string; size?: number } = {}): void {
  doc
    .font('Helvetica')
    .fontSize(options.size ?? 10)
    .fillColor(options.color ?? INK)
    .text(text, MARGIN, doc.y, { width: doc.page.width - 2 * MARGIN });
  doc.fillColor(INK);
}

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

/** A simple table: bold header, one line per row, page breaks repeat nothing but keep rows whole. */
export function table(doc: Doc, columns: Column[], rows: string[][]): void {
  const rowHeight = 16;
  const drawRow = (cells: string[], bold: boolean) => {
    ensureSpace(doc, rowHeight);
    const y = doc.y;
    let x = MARGIN;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    columns.forEach((column, i) => {
      doc.text(cells[i] ?? '', x + 2, y + 3, {
        width: column.width - 4,
        align: column.align ?? 'left',
        lineBreak: false,
        ellipsis: true,
      });
      x += column.width;
    });
    doc
      .moveTo(MARGIN, y + rowHeight)
      .lineTo(x, y + rowHeight)
      .lineWidth(0.5)
      .strokeColor(bold ? '#9ca3af' : '#e5e7eb')
      .stroke();
    doc.x = MARGIN;
    doc.y = y + rowHeight;
  };
  drawRow(
    columns.map((c) => c.header),
    true,
  );
  for (const row of rows) drawRow(row, false);
  doc.moveDown(0.5);
}

/** Draws an SVG chart at the cursor, on a new page when it would not fit. */
export function chart(doc: Doc, svg: string, width: number, height: number): void {
  ensureSpace(doc, height + 10);
  SVGtoPDF(doc, svg, MARGIN, doc.y, { width, height, assumePt: true });
  doc.y += height + 10;
  doc.x = MARGIN;
}

/** Height of an ECharts SVG (its root `height` attribute). */
export const svgHeight = (svg: string) => Number(/height="(\d+)"/.exec(svg)?.[1] ?? 200);

/** "Page n of m" and the company on every page, written once all pages exist. */
export function footers(doc: Doc, left: string, pageWord: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Text below the bottom margin would make pdfkit open a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN + 10;
    doc.font('Helvetica').fontSize(8).fillColor(MUTED);
    doc.text(left, MARGIN, y, { lineBreak: false });
    doc.text(`${pageWord} ${i + 1} / ${range.count}`, MARGIN, y, {
      width: doc.page.width - 2 * MARGIN,
      align: 'right',
      lineBreak: false,
    });
  }
}

/** The finished document's bytes. */
export function toBuffer(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
