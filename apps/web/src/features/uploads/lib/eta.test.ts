import { describe, expect, it } from 'vitest';
import { addSample, ETA_WINDOW_MS, estimateEta, type ProgressSample } from './eta';

const at = (seconds: number, progress: number, lines = 0): ProgressSample => ({
  at: seconds * 1000,
  progress,
  lines,
});

describe('estimateEta', () => {
  it('needs a second of history and some movement', () => {
    expect(estimateEta([])).toEqual({ seconds: null, linesPerSecond: null });
    expect(estimateEta([at(0, 10)])).toEqual({ seconds: null, linesPerSecond: null });
    expect(estimateEta([at(0, 10), at(0.5, 12)]).seconds).toBeNull();
    expect(estimateEta([at(0, 10), at(5, 10)]).seconds).toBeNull();
  });

  it('projects the recent rate onto what is left', () => {
    // 2 % per second with 60 % left: 30 s; 400 lines per second.
    expect(estimateEta([at(0, 30, 0), at(5, 40, 2000)])).toEqual({ seconds: 30, linesPerSecond: 400 });
    // Middle samples do not matter, only the window's ends.
    expect(estimateEta([at(0, 30), at(1, 39), at(5, 40)]).seconds).toBe(30);
  });

  it('says zero once done and never less than a second before', () => {
    expect(estimateEta([at(0, 50), at(2, 100)]).seconds).toBe(0);
    expect(estimateEta([at(0, 0), at(1, 99.9)]).seconds).toBe(1);
  });

  it('keeps a sliding window so a slower stage updates the estimate', () => {
    let samples: ProgressSample[] = [];
    for (let s = 0; s <= 10; s++) samples = addSample(samples, at(s, s * 3)); // 3 %/s to 30 %
    for (let s = 11; s <= 40; s++) samples = addSample(samples, at(s, 30 + (s - 10) * 0.5)); // then 0.5 %/s
    expect(samples[0]?.at).toBe(40_000 - ETA_WINDOW_MS);
    // 45 % done, 55 % left at 0.5 %/s.
    expect(estimateEta(samples).seconds).toBe(110);
  });

  it('restarts when progress goes backwards (a retried import)', () => {
    const samples = addSample([at(0, 10), at(1, 20)], at(2, 5));
    expect(samples).toEqual([at(2, 5)]);
  });
});
