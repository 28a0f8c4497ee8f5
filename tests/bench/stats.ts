/** A sample summarised for a noisy machine: the median, the interquartile range and the extremes. */
export interface Summary {
  readonly n: number;
  readonly median: number;
  readonly p25: number;
  readonly p75: number;
  readonly min: number;
  readonly max: number;
}

/** Linear interpolation between closest ranks (the usual "type 7" quantile). */
function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (high - low) * (position - below);
}

export function summarize(values: readonly number[]): Summary {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** Per-pair ratios: each run with the extension over the run without it that sat next to it. */
export function pairRatios(withExtension: readonly number[], without: readonly number[]): number[] {
  return withExtension.map((value, i) => value / (without[i] ?? Number.NaN));
}

/** The probability that a fair coin thrown n times shows heads at most k times. */
function binomialCdf(n: number, k: number): number {
  let term = 0.5 ** n;
  let sum = term;
  for (let i = 1; i <= k; i++) {
    term = (term * (n - i + 1)) / i;
    sum += term;
  }
  return sum;
}

/**
 * A distribution-free confidence interval for the median: the order statistics whose ranks the
 * binomial distribution puts at least `confidence` of the samples between (the sign test's
 * interval). Needs six samples for 95 %; with fewer, both ends are NaN.
 */
export function medianInterval(values: readonly number[], confidence = 0.95): readonly [number, number] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const n = sorted.length;
  // The largest k with P(X < k) ≤ (1 − confidence) / 2: then [x(k), x(n+1−k)] (1-based ranks).
  let k = 0;
  while (k + 1 <= n && binomialCdf(n, k) <= (1 - confidence) / 2) k++;
  if (k === 0) return [Number.NaN, Number.NaN];
  return [sorted[k - 1] ?? Number.NaN, sorted[n - k] ?? Number.NaN];
}
