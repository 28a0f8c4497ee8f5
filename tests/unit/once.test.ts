import { describe, expect, it } from 'vitest';
import { once } from '../../lib/once';

describe('once', () => {
  it('builds nothing until first asked, then builds once and keeps what it built', () => {
    let builds = 0;
    const value = once(() => ({ built: ++builds }));
    expect(builds).toBe(0);
    const first = value();
    expect(value()).toBe(first);
    expect(builds).toBe(1);
  });

  it('keeps an undefined result rather than building again', () => {
    let builds = 0;
    const value = once(() => {
      builds++;
      return undefined;
    });
    value();
    value();
    expect(builds).toBe(1);
  });

  it('builds again after a build that threw, so a failure is not kept', () => {
    let builds = 0;
    const value = once(() => {
      if (++builds === 1) throw new Error('first build fails');
      return builds;
    });
    expect(() => value()).toThrow('first build fails');
    expect(value()).toBe(2);
  });
});
