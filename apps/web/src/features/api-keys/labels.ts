import type { ApiKeyScope } from '@ayni/contracts';
import { useI18n } from '../../lib/i18n/use-i18n';

// The panel's copy travels with its lazy chunk (the shared catalogs stay small).

const es = {
  title: 'Claves de API',
  body: 'Para que tu punto de venta, ERP o planilla envíe ventas o lea tus indicadores sin usar tu contraseña. Cada clave sirve solo para esta empresa.',
  name: 'Nombre de la clave',
  nameHint: 'Por ejemplo “POS Caja 1” o “Power BI”.',
  scopes: 'Permisos',
  'scope.analytics:read': 'Leer indicadores (analytics:read)',
  'scope.uploads:write': 'Enviar ventas (uploads:write)',
  scopesRequired: 'Elige al menos un permiso.',
  nameRequired: 'Escribe un nombre.',
  create: 'Crear clave',
  newKeyTitle: 'Tu nueva clave',
  newKeyWarning: 'Cópiala ahora y guárdala en un lugar seguro: no la volveremos a mostrar.',
  copy: 'Copiar clave',
  copied: 'Copiada',
  copyFailed: 'No pudimos copiarla; selecciónala y cópiala a mano.',
  dismiss: 'Ya la guardé',
  listLabel: 'Claves de la empresa',
  empty: 'Aún no hay claves.',
  colName: 'Nombre',
  colPrefix: 'Comienza con',
  colScopes: 'Permisos',
  colCreated: 'Creada',
  colLastUsed: 'Último uso',
  colStatus: 'Estado',
  never: 'Nunca',
  active: 'Activa',
  revoked: 'Revocada',
  revoke: 'Revocar',
  revokeLabel: 'Revocar {name}',
  revokeTitle: '¿Revocar la clave?',
  revokeBody: 'Los sistemas que usan “{name}” dejarán de funcionar de inmediato. No se puede deshacer.',
  cancel: 'Cancelar',
  loading: 'Cargando claves…',
};

type Copy = typeof es;

const en: Copy = {
  title: 'API keys',
  body: 'Let your point of sale, ERP or spreadsheet send sales or read your figures without your password. Each key works for this company only.',
  name: 'Key name',
  nameHint: 'For example “POS till 1” or “Power BI”.',
  scopes: 'Permissions',
  'scope.analytics:read': 'Read figures (analytics:read)',
  'scope.uploads:write': 'Send sales (uploads:write)',
  scopesRequired: 'Choose at least one permission.',
  nameRequired: 'Type a name.',
  create: 'Create key',
  newKeyTitle: 'Your new key',
  newKeyWarning: 'Copy it now and keep it somewhere safe: it will not be shown again.',
  copy: 'Copy key',
  copied: 'Copied',
  copyFailed: 'Could not copy it; select it and copy it by hand.',
  dismiss: 'I saved it',
  listLabel: "The company's keys",
  empty: 'No keys yet.',
  colName: 'Name',
  colPrefix: 'Starts with',
  colScopes: 'Permissions',
  colCreated: 'Created',
  colLastUsed: 'Last used',
  colStatus: 'Status',
  never: 'Never',
  active: 'Active',
  revoked: 'Revoked',
  revoke: 'Revoke',
  revokeLabel: 'Revoke {name}',
  revokeTitle: 'Revoke the key?',
  revokeBody: 'Systems using “{name}” stop working at once. This cannot be undone.',
  cancel: 'Cancel',
  loading: 'Loading keys…',
};

export type ApiKeyCopyKey = keyof Copy;

/** `l(key, {name})` in the current language, plus a date formatter for the list. */
export function useApiKeyLabels() {
  const { language } = useI18n();
  const copy = language === 'es' ? es : en;
  const dates = new Intl.DateTimeFormat(language === 'es' ? 'es-CL' : 'en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return {
    l: (key: ApiKeyCopyKey, values: Record<string, string> = {}) =>
      copy[key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? ''),
    scope: (scope: ApiKeyScope) => copy[`scope.${scope}`],
    date: (iso: string) => dates.format(new Date(iso)),
  };
}
