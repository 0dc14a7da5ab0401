import { Spinner } from './spinner';

/** Centered spinner with a polite status message. */
export function PageLoader({ label }: { label: string }) {
  return (
    <div role="status" className="flex min-h-64 items-center justify-center gap-3 text-sm text-slate-500">
      <Spinner className="size-5 text-teal-700" />
      <span>{label}</span>
    </div>
  );
}
