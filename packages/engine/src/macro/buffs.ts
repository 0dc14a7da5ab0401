export type TradeProfile = 'domestic' | 'importer' | 'exporter';
export type BuffEffect = 'buff' | 'debuff' | 'neutral';

/** One indicator's monthly reading: its value this month and the month before (both known). */
export interface IndicatorMove {
  code: string;
  value: number;
  previous: number;
  /** 'level' series move in % of their value, 'rate' series (already in %) in percentage points. */
  kind: 'level' | 'rate';
}

export interface Buff {
  code: string;
  value: number;
  previous: number;
  change: number;
  change_unit: '%' | 'pp';
  effect: BuffEffect;
  explanation_es: string;
  explanation_en: string;
}

/** Moves smaller than this (0.05 % or 0.05 pp) count as flat. */
const FLAT = 0.05;

type Rule = (profile: TradeProfile) => {
  up: 1 | -1 | 0;
  weight: number;
  es: [string, string];
  en: [string, string];
};

/**
 * For each indicator: whether a rise helps (+1) or hurts (−1) a business of this trade profile,
 * how much it weighs in the score, and why (text when it rises, text when it falls).
 */
const RULES: Record<string, Rule> = {
  dolar: (p) => ({
    up: p === 'exporter' ? 1 : -1,
    weight: p === 'domestic' ? 1 : 2,
    es:
      p === 'exporter'
        ? [
            'Dólar más alto: cada venta en dólares rinde más pesos.',
            'Dólar más bajo: las ventas en dólares rinden menos pesos.',
          ]
        : [
            'Dólar más alto: lo importado cuesta más pesos.',
            'Dólar más bajo: lo importado cuesta menos pesos.',
          ],
    en:
      p === 'exporter'
        ? [
            'Stronger dollar: each sale in dollars brings more pesos.',
            'Weaker dollar: sales in dollars bring fewer pesos.',
          ]
        : [
            'Stronger dollar: imported goods cost more pesos.',
            'Weaker dollar: imported goods cost fewer pesos.',
          ],
  }),
  euro: (p) => ({
    up: p === 'exporter' ? 1 : -1,
    weight: p === 'domestic' ? 0.5 : 1,
    es: ['Euro más alto frente al peso.', 'Euro más bajo frente al peso.'],
    en: ['Euro up against the peso.', 'Euro down against the peso.'],
  }),
  uf: () => ({
    up: -1,
    weight: 1,
    es: [
      'La UF sube: arriendos y créditos en UF cuestan más.',
      'La UF baja: arriendos y créditos en UF cuestan menos.',
    ],
    en: ['UF up: rents and loans in UF cost more.', 'UF down: rents and loans in UF cost less.'],
  }),
  ipc: () => ({
    up: -1,
    weight: 2,
    es: [
      'Inflación mensual mayor: el poder de compra de los clientes cae.',
      'Inflación mensual menor: el poder de compra resiste.',
    ],
    en: [
      'Higher monthly inflation: customers’ purchasing power falls.',
      'Lower monthly inflation: purchasing power holds up.',
    ],
  }),
  imacec: () => ({
    up: 1,
    weight: 2,
    es: ['La actividad económica acelera.', 'La actividad económica se frena.'],
    en: ['Economic activity is speeding up.', 'Economic activity is slowing down.'],
  }),
  tpm: () => ({
    up: -1,
    weight: 1.5,
    es: [
      'Tasa de política más alta: crédito más caro, consumo más frío.',
      'Tasa de política más baja: crédito más barato.',
    ],
    en: ['Higher policy rate: dearer credit, cooler spending.', 'Lower policy rate: cheaper credit.'],
  }),
  tasa_desempleo: () => ({
    up: -1,
    weight: 2,
    es: ['Más desempleo: menos ingresos para gastar.', 'Menos desempleo: más hogares con ingresos.'],
    en: ['More unemployment: less income to spend.', 'Less unemployment: more households with income.'],
  }),
  libra_cobre: (p) => ({
    up: 1,
    weight: p === 'exporter' ? 1.5 : 1,
    es: [
      'Cobre más caro: entran más dólares a la economía chilena.',
      'Cobre más barato: entran menos dólares a Chile.',
    ],
    en: [
      'Dearer copper: more dollars flow into Chile’s economy.',
      'Cheaper copper: fewer dollars flow into Chile.',
    ],
  }),
};

export interface BuffsResult {
  buffs: Buff[];
  /** 0–10: 5 is neutral; weighted share of favourable minus unfavourable moves. Null with no readings. */
  score: number | null;
}

/** The month's "buffs and debuffs" for a trade profile: context, not advice. */
export function buffsAndDebuffs(moves: readonly IndicatorMove[], profile: TradeProfile): BuffsResult {
  const buffs: Buff[] = [];
  let weighted = 0;
  let weights = 0;
  for (const move of moves) {
    const rule = RULES[move.code]?.(profile);
    if (!rule) continue;
    const change =
      move.kind === 'rate'
        ? move.value - move.previous
        : move.previous === 0
          ? 0
          : (move.value / move.previous - 1) * 100;
    const direction = Math.abs(change) < FLAT ? 0 : change > 0 ? 1 : -1;
    const sign = direction * rule.up;
    const effect: BuffEffect = sign > 0 ? 'buff' : sign < 0 ? 'debuff' : 'neutral';
    weighted += sign * rule.weight;
    weights += rule.weight;
    const flat = [
      'Sin cambio relevante respecto del mes anterior.',
      'No relevant change from the previous month.',
    ];
    buffs.push({
      code: move.code,
      value: move.value,
      previous: move.previous,
      change: Math.round(change * 100) / 100,
      change_unit: move.kind === 'rate' ? 'pp' : '%',
      effect,
      explanation_es: direction === 0 ? (flat[0] as string) : rule.es[direction > 0 ? 0 : 1],
      explanation_en: direction === 0 ? (flat[1] as string) : rule.en[direction > 0 ? 0 : 1],
    });
  }
  const score = weights === 0 ? null : Math.round((5 + (5 * weighted) / weights) * 10) / 10;
  return { buffs, score };
}
