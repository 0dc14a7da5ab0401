import { describe, expect, it } from 'vitest';
import { parseAppEvent } from './realtime';

describe('parseAppEvent', () => {
  const event = {
    type: 'job.completed',
    company_id: '2b7e4a1c-5d3f-4e8a-9b6c-0f1e2d3c4b5a',
    job_id: '42',
    name: 'analytics.refresh',
    at: '2026-11-21T14:05:00.000Z',
  };

  it('accepts known events', () => {
    expect(parseAppEvent(JSON.stringify(event))).toEqual(event);
    expect(parseAppEvent(JSON.stringify({ ...event, type: 'job.failed', error: 'boom' }))?.type).toBe(
      'job.failed',
    );
  });

  it('ignores anything else', () => {
    expect(parseAppEvent('not json')).toBeNull();
    expect(parseAppEvent(JSON.stringify({ ...event, type: 'hello' }))).toBeNull();
    expect(parseAppEvent(JSON.stringify({ type: 'job.completed' }))).toBeNull();
    expect(parseAppEvent(new ArrayBuffer(2))).toBeNull();
  });
});
