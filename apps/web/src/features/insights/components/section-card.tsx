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

/** A small table: header cells, then rows of cells. */
export function MiniTable({ label, head, rows }: { label: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <table className="w-full text-left text-sm" aria-label={label}>
      <thead>
        <tr className="border-b border-slate-200 text-xs text-slate-500">
          {head.map((cell) => (
            <th key={cell} scope="col" className="py-1.5 pr-3 font-medium">
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
              // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
              <td key={j} className="py-1.5 pr-3 text-slate-700 tabular-nums">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
