import { type ReactNode, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { cx } from '../cx';
import { NavPlacementContext } from './nav-item';

const DOTS = 'M5 12h.01M12 12h.01M19 12h.01';

type Move = 'first' | 'last' | 1 | -1;
const BUTTON_KEYS: Record<string, Move> = { ArrowDown: 'first', ArrowUp: 'last' };
const PANEL_KEYS: Record<string, Move> = { ArrowDown: 1, ArrowUp: -1, Home: 'first', End: 'last' };

const linksIn = (panel: HTMLElement | null) =>
  Array.from(panel?.querySelectorAll<HTMLElement>('a[href]') ?? []);

/**
 * "Más": a disclosure button with the nav's secondary pages in a panel. Enter, Space or ↓ open it
 * on its first page; ↑/↓/Home/End move between pages; Escape closes it and gives the focus back
 * to the button, as following one of its pages does; leaving it (Tab, a click elsewhere) closes it too. The panel
 * stays mounted while closed, so the button can show that the current page is inside.
 */
export function MoreMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [holdsCurrent, setHoldsCurrent] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  // Following a page closes the menu with the focus on its button, not lost with the hidden link.
  const placement = useMemo(
    () => ({
      in: 'menu' as const,
      close: () => {
        setOpen(false);
        buttonRef.current?.focus();
      },
    }),
    [],
  );

  useLayoutEffect(() => {
    setHoldsCurrent(panelRef.current?.querySelector('[aria-current="page"]') != null);
  });

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  // The browser's back and forward buttons close the menu (its own links close it as they are
  // followed). Not an effect on the pathname: a lazy page commits its pathname only once loaded,
  // which would close a menu opened meanwhile.
  useEffect(() => {
    const close = () => setOpen(false);
    window.addEventListener('popstate', close);
    return () => window.removeEventListener('popstate', close);
  }, []);

  const focusLink = (which: Move) => {
    const links = linksIn(panelRef.current);
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLElement);
    const index =
      which === 'first'
        ? 0
        : which === 'last'
          ? links.length - 1
          : (at + which + links.length) % links.length;
    links[index]?.focus();
  };

  const openOn = (which: 'first' | 'last') => {
    // Shown at once, so the next key already finds the focus on a page of the menu.
    flushSync(() => setOpen(true));
    focusLink(which);
  };
  const openRef = useRef(open);
  openRef.current = open;

  // Native listeners on the wrapper: keys and focus changes of the button and the panel alike.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && openRef.current) {
        event.preventDefault();
        setOpen(false);
        buttonRef.current?.focus();
        return;
      }
      const inPanel = panelRef.current?.contains(event.target as Node) ?? false;
      const move = (inPanel ? PANEL_KEYS : BUTTON_KEYS)[event.key];
      if (move === undefined) return;
      event.preventDefault();
      if (openRef.current) focusLink(move);
      else openOn(move === 'last' ? 'last' : 'first');
    };
    const onFocusOut = (event: FocusEvent) => {
      if (!root.contains(event.relatedTarget as Node | null)) setOpen(false);
    };
    root.addEventListener('keydown', onKeyDown);
    root.addEventListener('focusout', onFocusOut);
    return () => {
      root.removeEventListener('keydown', onKeyDown);
      root.removeEventListener('focusout', onFocusOut);
    };
  });

  return (
    <div ref={rootRef} className="relative shrink-0">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        title={label}
        onClick={() => (open ? setOpen(false) : openOn('first'))}
        className={cx(
          'flex items-center gap-1.5 rounded-lg px-2.5 py-1.5 text-sm font-medium',
          'focus-visible:outline-2 focus-visible:outline-teal-700',
          open || holdsCurrent
            ? 'bg-teal-50 text-teal-800'
            : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900',
        )}
      >
        <svg
          viewBox="0 0 24 24"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.4"
          aria-hidden="true"
        >
          <path d={DOTS} strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="sr-only lg:not-sr-only">{label}</span>
      </button>
      <div
        ref={panelRef}
        id={panelId}
        hidden={!open}
        className="absolute right-0 z-40 mt-2 w-60 rounded-xl bg-white p-1.5 shadow-lg ring-1 ring-slate-200"
      >
        <NavPlacementContext.Provider value={placement}>
          <div className="flex flex-col gap-0.5">{children}</div>
        </NavPlacementContext.Provider>
      </div>
    </div>
  );
}
