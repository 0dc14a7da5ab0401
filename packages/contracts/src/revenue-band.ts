// No zod here: the web app's dashboard imports this and must not pull the schemas with it.

/** Revenue is published in bands of a 1–2–5 series (…, 1M–2M, 2M–5M, 5M–10M, …); CLP. */
export function revenueBand(value: number): { low: number; high: number } {
  if (!(value >= 1)) return { low: 0, high: 1 };
  const decade = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 2, 5, 10];
  for (let i = 0; i < 3; i++) {
    const high = (steps[i + 1] as number) * decade;
    if (value < high) return { low: (steps[i] as number) * decade, high };
  }
  return { low: 10 * decade, high: 20 * decade };
}
