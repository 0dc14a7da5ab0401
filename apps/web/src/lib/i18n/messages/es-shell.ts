/**
 * Copy of the app shell that ships in the entry chunk: navigation, header, sign-in and what the
 * dashboards show from other areas. The rest of each area's copy loads with its pages.
 */
export const shellEs = {
  'auth.forgotLink': '¿Olvidaste tu contraseña?',
  'auth.noAccount': '¿No tienes cuenta?',
  'auth.registerLink': 'Crear cuenta',
  'auth.totp': 'Código de verificación',
  'auth.totpHint':
    'Ingresa el código de 6 dígitos de tu app de autenticación o uno de tus códigos de recuperación.',
  'auth.totpRequired': 'Tu cuenta tiene verificación en dos pasos. Ingresa el código para continuar.',
  'auth.passwordResetDone': 'Listo, cambiaste tu contraseña. Ingresa con la nueva.',
  'auth.inviteNotice': 'Ingresa o crea una cuenta con el correo al que llegó la invitación para aceptarla.',
  'companies.emptyAction': 'Crear empresa',
  'companies.choose': 'Elegir empresa…',
  'companies.newEntry': '+ Nueva empresa',
  'nav.downloads': 'Descargas',
  'nav.explore': 'Explorar',
  'nav.reports': 'Informes',
  'nav.macro': 'Macro',
  'macro.revenue.nominal': 'Nominal',
  'macro.revenue.real': 'Real',
  'macro.revenue.uf': 'En UF',
  'macro.overlay.title': 'Venta real y en UF',
  'macro.overlay.more': 'Ver contexto macro',
  'macro.overlay.through':
    'IPC publicado hasta {ipc} y UF hasta {uf}: los períodos posteriores muestran solo la venta nominal.',
  'macro.overlay.label': 'Venta nominal y real (pesos del mes base) por período, del {from} al {to}',
  'userMenu.label': '{name}, menú de usuario',
  'theme.label': 'Tema',
  'theme.light': 'Claro',
  'theme.dark': 'Oscuro',
  'theme.system': 'Según el sistema',
  'nav.settings': 'Configuración',
  'nav.account': 'Mi cuenta',
  'nav.main': 'Navegación principal',
  'common.loading': 'Cargando…',
  'common.partial.badge': 'parcial',
  'common.partial.title':
    'Período con datos solo en parte (por ejemplo, el mes en curso): no se compara con períodos completos.',
  'common.partial.chart': 'Con datos solo en parte: {periods}.',
  'nav.upload': 'Cargar datos',
  'nav.uploadHistory': 'Historial de cargas',
  'nav.more': 'Más',
} as const;
