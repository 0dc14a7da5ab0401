/**
 * Parts of the day as Chilean shops speak of them. Hours are local (America/Santiago).
 * madrugada 22:00–05:59 · mañana 06:00–11:59 · tarde 12:00–17:59 · noche 18:00–21:59
 */
export const DAY_PARTS = ['madrugada', 'mañana', 'tarde', 'noche'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

/** Index into DAY_PARTS for each local hour 0-23. */
export const DAY_PART_OF_HOUR: readonly number[] = Array.from({ length: 24 }, (_, hour) =>
  hour >= 6 && hour < 12 ? 1 : hour >= 12 && hour < 18 ? 2 : hour >= 18 && hour < 22 ? 3 : 0,
);

export const dayPartOf = (hour: number): DayPart => DAY_PARTS[DAY_PART_OF_HOUR[hour] ?? 0] as DayPart;
