import { type Text, text } from '../shared/text';

export const RFM_SEGMENTS = [
  'champions',
  'loyal',
  'potential_loyalists',
  'new_customers',
  'promising',
  'need_attention',
  'about_to_sleep',
  'at_risk',
  'cant_lose',
  'hibernating',
] as const;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];

/**
 * The ten standard segments on the recency (R) and frequency (F) scores, 1–5:
 * champions R5 F4–5 · loyal R3–4 F4–5 · potential loyalists R4–5 F2–3 · new customers R5 F1 ·
 * promising R4 F1 · need attention R3 F3 · about to sleep R3 F1–2 · at risk R1–2 F3–4 ·
 * can't lose R1–2 F5 · hibernating R1–2 F1–2.
 */
export function segmentOf(r: number, f: number): RfmSegment {
  if (r >= 5 && f >= 4) return 'champions';
  if (r >= 3 && f >= 4) return 'loyal';
  if (r >= 4 && f >= 2) return 'potential_loyalists';
  if (r >= 5) return 'new_customers';
  if (r === 4) return 'promising';
  if (r === 3) return f === 3 ? 'need_attention' : 'about_to_sleep';
  if (f >= 5) return 'cant_lose';
  if (f >= 3) return 'at_risk';
  return 'hibernating';
}

/** Names and options per segment, observations and options only. */
export const SEGMENT_TEXTS: Record<RfmSegment, { name: Text; description: Text; actions: Text[] }> = {
  champions: {
    name: text('Campeones', 'Champions'),
    description: text(
      'Compraron hace poco, compran seguido y gastan más.',
      'Bought recently, buy often and spend the most.',
    ),
    actions: [
      text('Opción: acceso anticipado a productos nuevos.', 'Option: early access to new products.'),
      text('Opción: pedirles reseñas o referidos.', 'Option: ask them for reviews or referrals.'),
    ],
  },
  loyal: {
    name: text('Leales', 'Loyal'),
    description: text('Compran con frecuencia.', 'Buy frequently.'),
    actions: [
      text(
        'Opción: programa de puntos o beneficios por fidelidad.',
        'Option: a points or loyalty-benefit programme.',
      ),
      text('Opción: ofrecer productos complementarios.', 'Option: offer complementary products.'),
    ],
  },
  potential_loyalists: {
    name: text('Leales potenciales', 'Potential loyalists'),
    description: text('Compras recientes y más de una vez.', 'Recent buyers who bought more than once.'),
    actions: [
      text(
        'Opción: recomendaciones según lo que ya compran.',
        'Option: recommendations based on what they buy.',
      ),
      text('Opción: invitarlos a un programa de fidelidad.', 'Option: invite them to a loyalty programme.'),
    ],
  },
  new_customers: {
    name: text('Clientes nuevos', 'New customers'),
    description: text('Primera compra muy reciente.', 'Very recent first purchase.'),
    actions: [
      text('Opción: un mensaje de bienvenida.', 'Option: a welcome message.'),
      text('Opción: mostrar los productos más vendidos.', 'Option: show the best-selling products.'),
    ],
  },
  promising: {
    name: text('Prometedores', 'Promising'),
    description: text('Compra reciente, aún poco frecuentes.', 'Recent purchase, not yet frequent.'),
    actions: [
      text('Opción: recordarles la tienda con novedades.', 'Option: remind them of the shop with news.'),
    ],
  },
  need_attention: {
    name: text('Necesitan atención', 'Need attention'),
    description: text('Recencia y frecuencia intermedias.', 'Middling recency and frequency.'),
    actions: [
      text('Opción: una oferta por tiempo limitado.', 'Option: a limited-time offer.'),
      text('Opción: preguntarles qué buscan.', 'Option: ask them what they are looking for.'),
    ],
  },
  about_to_sleep: {
    name: text('Por dormirse', 'About to sleep'),
    description: text(
      'Hace un tiempo que no compran y compraban poco.',
      'Have not bought for a while and bought little.',
    ),
    actions: [text('Opción: recordarles productos populares.', 'Option: remind them of popular products.')],
  },
  at_risk: {
    name: text('En riesgo', 'At risk'),
    description: text(
      'Compraban seguido pero hace tiempo que no vuelven.',
      'Used to buy often but have not come back for a while.',
    ),
    actions: [
      text('Opción: contacto personalizado.', 'Option: personal contact.'),
      text('Opción: una oferta para volver.', 'Option: a come-back offer.'),
    ],
  },
  cant_lose: {
    name: text('No se pueden perder', "Can't lose"),
    description: text(
      'Eran de los más frecuentes y llevan tiempo sin comprar.',
      'Were among the most frequent and have not bought for a while.',
    ),
    actions: [
      text(
        'Opción: contactarlos directamente para saber qué pasó.',
        'Option: contact them directly to learn what happened.',
      ),
    ],
  },
  hibernating: {
    name: text('Hibernando', 'Hibernating'),
    description: text('Compraron poco y hace mucho.', 'Bought little, long ago.'),
    actions: [
      text(
        'Opción: incluirlos en campañas generales de temporada.',
        'Option: include them in general seasonal campaigns.',
      ),
    ],
  },
};
