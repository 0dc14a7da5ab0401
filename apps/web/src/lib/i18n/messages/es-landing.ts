/** The public landing page (Spanish). */
export const landingEs = {
  'landing.navLabel': 'Cuenta',
  'landing.login': 'Ingresar',
  'landing.register': 'Crear cuenta',
  'landing.eyebrow': 'Inteligencia de ventas para PYMEs',
  'landing.title': 'Sube tus ventas y entiende tu negocio en segundos',
  'landing.subtitle':
    'AYNI lee el archivo que exporta tu caja o tu ERP, tal como viene, y te muestra cuánto vendes, qué se vende, quién te compra y cómo te comparas con negocios como el tuyo.',
  'landing.cta': 'Crear cuenta gratis',
  'landing.haveAccount': 'Ya tengo cuenta',
  'landing.demo': 'Probar la demo',
  'landing.demoStarting': 'Abriendo la demo…',
  'landing.demoHint': 'Sin registrarte: una empresa de ejemplo, solo lectura.',
  'landing.features.title': 'Lo que hace AYNI',
  'landing.features.upload.title': 'Tu archivo, sin formularios',
  'landing.features.upload.body':
    'CSV o Excel con punto y coma, comas decimales, $ 12.990 o fechas dd-mm-aaaa: lo entendemos, guardamos cada línea válida y te explicamos cada línea rechazada.',
  'landing.features.dashboards.title': 'Paneles para cada rol',
  'landing.features.dashboards.body':
    'Dueño, operaciones, marketing y finanzas: ventas por hora, día, semana, mes y año, productos, clientes, categorías y sucursales.',
  'landing.features.insights.title': 'Hallazgos y alertas',
  'landing.features.insights.body':
    'Productos estrella, clientes en riesgo, canastas frecuentes, pronósticos y anomalías, con sus números, en palabras simples.',
  'landing.features.ask.title': 'Pregunta en español',
  'landing.features.ask.body':
    '«¿Cuánto vendí en octubre vs septiembre?» y obtienes la respuesta con la tabla detrás.',
  'landing.privacy.title': 'Tus datos son tuyos',
  'landing.privacy.encrypted':
    'Los archivos que subes se guardan cifrados y se borran solos pasado el plazo que informamos.',
  'landing.privacy.isolated':
    'Cada empresa ve solo lo suyo: la base de datos lo impone en cada consulta, no solo la aplicación.',
  'landing.privacy.anonymous':
    'La comparación con tu rubro usa grupos de al menos 10 empresas, sin nombres. Puedes salir cuando quieras.',
  'landing.privacy.yours': 'Puedes exportar todos tus datos o borrar tu empresa en cualquier momento.',
  'landing.disclaimer': 'AYNI muestra información sobre tus ventas; no es asesoría financiera.',
};
