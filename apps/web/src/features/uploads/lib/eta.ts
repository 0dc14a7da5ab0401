/** One observation of an upload's progress (percent of the whole job) and lines read. */
export interface ProgressSample {
  at: number;
  progress: number;
  lines: number;
}

/** How far back the rate looks: long enough to smooth, short enough to follow stage changes. */
export const ETA_WINDOW_MS = 15_000;
const MIN_SPAN_MS = 1_000;

/** Adds a sample, dropping those older than the window (and repeats of the same instant). */
export function addSample(
  samples: readonly ProgressSample[],
  sample: ProgressSample,
  windowMs = ETA_WINDOW_MS,
): ProgressSample[] {
  const kept = samples.filter(
    (s) => s.at >= sample.at - windowMs && s.at < sample.at && s.progress <= sample.progress,
  );
  return [...kept, sample];
}

export interface Estimate {
  /** Seconds left at the recent rate; null while it cannot be told (too early, no movement). */
  seconds: number | null;
  /** Lines per second over the window; null when no lines moved. */
  linesPerSecond: number | null;
}

/** Remaining time from the progress made over the samples' window. */
export function estimateEta(samples: readonly ProgressSample[]): Estimate {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (!first || !last || last.progress >= 100)
    return { seconds: last?.progress === 100 ? 0 : null, linesPerSecond: null };
  const span = last.at - first.at;
  if (span < MIN_SPAN_MS) return { seconds: null, linesPerSecond: null };
  const progressRate = (last.progress - first.progress) / span;
  const lineRate = (last.lines - first.lines) / span;
  return {
    seconds: progressRate > 0 ? Math.max(1, Math.round((100 - last.progress) / progressRate / 1000)) : null,
    linesPerSecond: lineRate > 0 ? lineRate * 1000 : null,
  };
}

/** Seconds split for display: `{ hours, minutes, seconds }`. */
export function splitDuration(total: number): { hours: number; minutes: number; seconds: number } {
  const rounded = Math.max(0, Math.round(total));
  return {
    hours: Math.floor(rounded / 3600),
    minutes: Math.floor((rounded % 3600) / 60),
    seconds: rounded % 60,
  };
}
