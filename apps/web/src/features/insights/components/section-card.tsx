import type { ReactNode } from 'react';
import { Card } from '../../../components/card';
import { ScrollRegion } from '../../../components/scroll-region';

/** A titled card of the insights page. */
export function SectionCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card aria-labelledby={id} className="overflow-hidden">
      <h2 id={id} className="px-4 pt-4 pb-2 text-base font-semibold text-slate-900 sm:px-5">
        {title}
      </h2>
      <ScrollRegion label={title} className="px-4 pb-4 sm:px-5">
        {children}
      </ScrollRegion>
    </Card>
  );
}

/** A figure as the insights write it: `1.234`, `$ 5.301.250`, `−4,5 %`, `2,33`, `221,557 kg`, or `—`. */
const FIGURE = /^(?:[-−+]?\$? ?[\d.,]+(?: ?(?:%|kg|pp))?|—)$/;

/** Columns whose every cell is a figure: right-aligned, so digits line up. */
function figureColumns(head: string[], rows: ReactNode[][]): boolean[] {
  return head.map(
    (_, j) =>
      rows.length > 0 &&
      rows.every((row) => typeof row[j] === 'string' && FIGURE.test(row[j])) &&
      rows.some((row) => row[j] !== '—'),
  );
}

/** A small table: header cells, then rows of cells; columns of figures align right. */
export function MiniTable({ label, head, rows }: { label: string; head: string[]; rows: ReactNode[][] }) {
  const figures = figureColumns(head, rows);
  return (
    <table className="w-full text-left text-sm" aria-label={label}>
      <thead>
        <tr className="border-b border-slate-200 text-xs text-slate-500">
          {head.map((cell, j) => (
            <th
              key={cell}
              scope="col"
              className={`py-1.5 pr-3 font-medium${figures[j] ? ' text-right' : ''}`}
            >
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional and never reorder
          <tr key={i} className="border-b border-slate-100 last:border-0">
            {row.map((cell, j) => (
              <td
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                key={j}
                className={`py-1.5 pr-3 text-slate-700 tabular-nums${figures[j] ? ' text-right' : ''}`}
              >
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
