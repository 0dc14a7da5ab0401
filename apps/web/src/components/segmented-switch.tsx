import type { ReactNode } from 'react';
import { cx } from './cx';

export interface SegmentedOption<T extends string> {
  value: T;
  label: ReactNode;
  /** The accessible name when the label is an icon. */
  ariaLabel?: string;
  title?: string;
  lang?: string;
  testId?: string;
}

/** A small group of pressed/unpressed buttons (language, theme, unit), named by a hidden legend. */
export function SegmentedSwitch<T extends string>({
  legend,
  options,
  selected,
  onSelect,
  className,
  buttonClassName = 'px-2.5 py-1',
  testId,
}: {
  legend: string;
  options: ReadonlyArray<SegmentedOption<T>>;
  selected: T;
  onSelect: (value: T) => void;
  className?: string;
  buttonClassName?: string;
  testId?: string;
}) {
  return (
    <fieldset className={cx('inline-flex rounded-lg bg-slate-100 p-0.5', className)} data-testid={testId}>
      <legend className="sr-only">{legend}</legend>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          lang={option.lang}
          data-testid={option.testId}
          aria-pressed={selected === option.value}
          aria-label={option.ariaLabel}
          title={option.title}
          onClick={() => onSelect(option.value)}
          className={cx(
            'rounded-md transition-colors',
            buttonClassName,
            'focus-visible:outline-2 focus-visible:outline-teal-700',
            selected === option.value
              ? 'bg-white text-slate-900 shadow-sm'
              : 'text-slate-600 hover:text-slate-800',
          )}
        >
          {option.label}
        </button>
      ))}
    </fieldset>
  );
}
