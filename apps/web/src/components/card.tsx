import type { HTMLAttributes } from 'react';
import { cx } from './cx';

export function Card({ className, ...rest }: HTMLAttributes<HTMLElement>) {
  return (
    <section className={cx('rounded-2xl bg-white shadow-sm ring-1 ring-slate-200/80', className)} {...rest} />
  );
}
