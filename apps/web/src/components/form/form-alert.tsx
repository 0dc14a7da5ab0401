import type { ReactNode } from 'react';
import { cx } from '../cx';

export interface FormAlertProps {
  children: ReactNode;
  /** `error` is announced at once (role="alert"); `success` and `info` politely (role="status"). */
  tone?: 'error' | 'success' | 'info';
  className?: string;
  id?: string;
}

const TONES = {
  error: 'bg-rose-50 text-rose-800 ring-rose-200',
  success: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  info: 'bg-sky-50 text-sky-900 ring-sky-200',
};

export function FormAlert({ children, tone = 'error', className, id }: FormAlertProps) {
  return (
    <div
      id={id}
      role={tone === 'error' ? 'alert' : 'status'}
      className={cx('rounded-lg px-3 py-2 text-sm ring-1', TONES[tone], className)}
    >
      {children}
    </div>
  );
}
