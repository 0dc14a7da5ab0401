/** Settings › Análisis, Plantillas and Datos, and the light/dark switch (Spanish). */
export const preferencesEs = {
  'settings.tab.analysis': 'Análisis',
  'settings.tab.templates': 'Plantillas',
  'settings.tab.data': 'Datos',

  'analysis.title': 'Parámetros de análisis',
  'analysis.body': 'Ajustan las alertas, la dotación sugerida y las cifras macro a tu negocio.',
  'analysis.readOnly': 'Solo los dueños y administradores pueden cambiar estos parámetros.',
  'analysis.loading': 'Cargando los parámetros…',
  'analysis.save': 'Guardar parámetros',
  'analysis.saved': 'Guardamos los parámetros. Tus indicadores se actualizan con ellos en un momento.',
  'analysis.notNumber': 'Escribe un número, por ejemplo 25 o 12,5.',
  'analysis.field.margin_alert_pct': 'Alerta de margen (%)',
  'analysis.help.margin_alert_pct':
    'Te avisamos cuando el margen de un producto o local baja de este porcentaje (0 a 100).',
  'analysis.field.tickets_per_employee_hour': 'Boletas por persona por hora',
  'analysis.help.tickets_per_employee_hour':
    'Cuántas boletas atiende una persona en una hora; con esto sugerimos la dotación por hora.',
  'analysis.field.trade_profile': 'Perfil de comercio exterior',
  'analysis.help.trade_profile':
    'Si importas, exportas o vendes solo en Chile: decide si un dólar alto te ayuda o te perjudica.',
  'analysis.field.real_base_month': 'Mes base para pesos reales',
  'analysis.help.real_base_month':
    'Las ventas en pesos reales se expresan en pesos de este mes (AAAA-MM); vacío: el último mes con IPC.',
  'analysis.field.churn_days': 'Días para dar por perdido a un cliente',
  'analysis.help.churn_days':
    'Un cliente que no compra en estos días cuenta como perdido, y desde la mitad de ellos, en riesgo (7 a 730).',
  'analysis.trade.domestic': 'Vendo en Chile',
  'analysis.trade.importer': 'Importo',
  'analysis.trade.exporter': 'Exporto',
  'analysis.value.percent': '{value} %',
  'analysis.value.tickets': '{value} boletas por hora',
  'analysis.value.days': '{value} días',
  'analysis.value.latestMonth': 'Último mes con IPC',

  'templates.title': 'Plantillas de columnas',
  'templates.body':
    'Recuerdan qué columna de tu archivo es cada dato, para no volver a asignarlas en cada carga.',
  'templates.readOnly': 'Solo quienes cargan datos pueden renombrar o eliminar plantillas.',
  'templates.loading': 'Cargando las plantillas…',
  'templates.emptyTitle': 'Aún no hay plantillas',
  'templates.emptyBody':
    'Al cargar un archivo, marca «Guardar esta asignación como plantilla» en el último paso y aparecerá aquí.',
  'templates.upload': 'Cargar un archivo',
  'templates.columns': '{count} columnas: {headers}',
  'templates.mapped': 'Datos asignados: {fields}',
  'templates.noneMapped': 'Ninguna columna asignada',
  'templates.updated': 'Actualizada el {date}',
  'templates.rename': 'Renombrar {name}',
  'templates.renameShort': 'Renombrar',
  'templates.delete': 'Eliminar {name}',
  'templates.nameLabel': 'Nuevo nombre de la plantilla',
  'templates.save': 'Guardar nombre',
  'templates.cancel': 'Cancelar',
  'templates.nameRequired': 'Escribe un nombre para la plantilla.',
  'templates.deleteTitle': '¿Eliminar la plantilla {name}?',
  'templates.deleteBody':
    'Las cargas hechas con ella conservan sus datos; solo dejarás de poder elegirla al cargar.',
  'templates.deleteConfirm': 'Eliminar plantilla',
  'templates.renamed': 'La plantilla ahora se llama {name}.',
  'templates.deleted': 'Eliminamos la plantilla {name}.',

  'dataPolicy.title': 'Qué guardamos y por cuánto tiempo',
  'dataPolicy.loading': 'Cargando la política de datos…',
  'dataPolicy.rawFiles':
    'Los archivos originales que cargas se guardan cifrados durante {days} días y después se borran.',
  'dataPolicy.lines':
    'Las líneas de venta y los análisis calculados se quedan hasta que elimines la carga o la empresa.',
  'dataPolicy.deleteUploadTitle': 'Eliminar una carga',
  'dataPolicy.deleteUploadBody':
    'En el historial de cargas puedes eliminar una carga con sus líneas; los análisis se recalculan.',
  'dataPolicy.toHistory': 'Ir al historial de cargas',
  'dataPolicy.exportTitle': 'Descargar todo',
  'dataPolicy.exportBody': 'La pestaña Exportar entrega un ZIP con todos los datos de la empresa.',
  'dataPolicy.toExport': 'Ir a Exportar',
  'dataPolicy.companyTitle': 'Eliminar la empresa',
  'dataPolicy.companyBody':
    'Los dueños pueden eliminar la empresa en la pestaña Empresa. Durante {days} días se puede restaurar; después borramos todos sus datos.',
  'dataPolicy.toCompany': 'Ir a Empresa',
} as const;
