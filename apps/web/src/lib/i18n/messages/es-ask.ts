/** Ask AYNI: the question box on the dashboards (Spanish). */
export const askEs = {
  'ask.title': 'Pregúntale a AYNI',
  'ask.subtitle': 'Pregunta por tus ventas en palabras: responde con tus propias cifras.',
  'ask.label': 'Tu pregunta',
  'ask.placeholder': '¿Cuánto vendí el mes pasado comparado con el anterior?',
  'ask.submit': 'Preguntar',
  'ask.asking': 'Buscando en tus datos…',
  'ask.suggested': 'Prueba con:',
  'ask.recent': 'Tus preguntas recientes:',
  'ask.suggestion.1': '¿Cómo me fue el mes pasado?',
  'ask.suggestion.2': '¿Cuáles son mis 5 productos más vendidos este año?',
  'ask.suggestion.3': '¿Cuál es mi ticket promedio los sábados?',
  'ask.suggestion.4': '¿Qué clientes están en riesgo?',
  'ask.open': 'Ver el detalle',
  'ask.sources': 'Fuentes',
  'ask.chartLabel': 'Gráfico de la respuesta: {title}',
  'ask.error': 'No pudimos responder ahora. Intenta de nuevo.',
} as const;
