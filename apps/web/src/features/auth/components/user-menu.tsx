import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { cx } from '../../../components/cx';
import { LanguageToggle } from '../../../components/language-toggle';
import { ThemeToggle } from '../../../components/theme-toggle';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useMe } from '../api/get-me';
import { useLogout } from '../hooks/use-logout';

function initials(name: string | undefined): string {
  const parts = (name ?? '').trim().split(/\s+/).filter(Boolean);
  return (
    parts
      .map((part) => part[0])
      .join('')
      .slice(0, 2) || '?'
  ).toUpperCase();
}

/** Avatar button opening a panel with the user's identity, the language switch and logout. */
export function UserMenu() {
  const { t } = useI18n();
  const { data: user } = useMe();
  const logout = useLogout();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  return (
    <div ref={rootRef} className="relative">
      <button
        type="button"
        aria-label={user?.name ? t('userMenu.label', { name: user.name }) : t('auth.userMenu')}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className={cx(
          'flex items-center gap-2 rounded-full py-1 pr-3 pl-1 text-sm font-medium text-slate-700',
          'hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-700',
        )}
      >
        {/* Initials drawn by CSS: the button's visible text is then exactly the name it is called by. */}
        <span
          aria-hidden="true"
          data-initials={initials(user?.name)}
          className="flex size-8 items-center justify-center rounded-full bg-teal-100 text-xs font-bold text-teal-800 before:content-[attr(data-initials)]"
        />
        <span className="hidden max-w-40 truncate sm:inline">{user?.name}</span>
      </button>
      {open && (
        <div
          id={panelId}
          className="absolute right-0 mt-2 w-64 rounded-xl bg-white p-2 shadow-lg ring-1 ring-slate-200"
        >
          <div className="border-b border-slate-100 px-3 pt-1 pb-3">
            <p className="truncate text-sm font-semibold text-slate-900">{user?.name}</p>
            <p className="truncate text-xs text-slate-500">{user?.email}</p>
            {user?.is_platform_admin && (
              <p className="mt-1 text-xs font-medium text-amber-700">{t('auth.platformAdmin')}</p>
            )}
          </div>
          <div className="flex items-center justify-between px-3 py-3">
            <span className="text-sm text-slate-600">{t('language.label')}</span>
            <LanguageToggle />
          </div>
          <div className="flex items-center justify-between px-3 pb-3">
            <span className="text-sm text-slate-600">{t('theme.label')}</span>
            <ThemeToggle />
          </div>
          <Link
            to="/account"
            onClick={() => setOpen(false)}
            className="block rounded-lg px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
          >
            {t('nav.account')}
          </Link>
          <button
            type="button"
            onClick={() => logout()}
            className="w-full rounded-lg px-3 py-2 text-left text-sm font-medium text-rose-700 hover:bg-rose-50"
          >
            {t('auth.logout')}
          </button>
        </div>
      )}
    </div>
  );
}
