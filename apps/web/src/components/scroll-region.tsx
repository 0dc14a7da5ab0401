import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { cx } from './cx';

/**
 * A box that scrolls sideways when its content (a wide table on a phone) does not fit. While it
 * does scroll it is a named region in the Tab order, so keyboard users can scroll it too; while
 * everything fits it is a plain box and no extra Tab stop.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    for (const child of Array.from(box.children)) observer.observe(child);
    return () => observer.disconnect();
  }, []);

  // Only while it scrolls: a named region in the Tab order (axe's scrollable-region-focusable).
  const region = scrolls ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {};
  return (
    <div
      ref={ref}
      {...region}
      className={cx('overflow-x-auto focus-visible:outline-2 focus-visible:outline-teal-700', className)}
    >
      {children}
    </div>
  );
}
