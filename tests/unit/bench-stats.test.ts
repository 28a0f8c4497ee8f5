import { describe, expect, it } from 'vitest';
import { pairRatios, summarize } from '../bench/stats';

describe('benchmark statistics', () => {
  it('gives the median, quartiles and extremes, interpolating between ranks', () => {
    expect(summarize([4, 1, 3, 2])).toEqual({ n: 4, median: 2.5, p25: 1.75, p75: 3.25, min: 1, max: 4 });
    expect(summarize([7])).toEqual({ n: 1, median: 7, p25: 7, p75: 7, min: 7, max: 7 });
  });

  it('leaves out runs that measured nothing', () => {
    expect(summarize([Number.NaN, 2, 4]).median).toBe(3);
    expect(summarize([]).n).toBe(0);
  });

  it('pairs each run with the extension with the run without it next to it', () => {
    expect(pairRatios([110, 99], [100, 90])).toEqual([1.1, 1.1]);
  });
});
