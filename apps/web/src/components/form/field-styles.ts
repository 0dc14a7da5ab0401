export const INPUT_CLASS =
  'block w-full rounded-lg border-0 bg-white px-3 py-2.5 text-sm text-slate-900 shadow-sm ring-1 ring-inset ' +
  'ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-teal-700 focus:outline-none ' +
  'disabled:bg-slate-50 disabled:text-slate-500 aria-invalid:ring-rose-400';

export const LABEL_CLASS = 'block text-sm font-medium text-slate-700';
