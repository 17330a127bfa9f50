import { describe, expect, it } from 'vitest';
import { sessionSteps } from './session-steps';

const states = (status: Parameters<typeof sessionSteps>[0], approved = false) =>
  sessionSteps(status, approved).map((s) => `${s.label}:${s.state}`);

describe('sessionSteps', () => {
  it('walks PENDING → APPROVED → CHARGING → finished', () => {
    expect(states('PENDING')).toEqual([
      'Requested:current',
      'Approved:upcoming',
      'Charging:upcoming',
      'Finished:upcoming',
    ]);
    expect(states('CHARGING', true)).toEqual([
      'Requested:done',
      'Approved:done',
      'Charging:current',
      'Finished:upcoming',
    ]);
    expect(states('STOPPED', true).at(-1)).toBe('Stopped:done');
    expect(states('FAILED', true).at(-1)).toBe('Failed:ended');
  });

  it('ends a denied or cancelled request at the step it reached', () => {
    expect(states('DENIED')).toEqual(['Denied:ended']);
    expect(states('CANCELLED', true)).toEqual(['Requested:done', 'Cancelled:ended']);
  });
});
