/** Unix seconds written as plain digits; anything else (signs, decimals, exponents) is malformed. */
export function parseUnixSeconds(value: string): number | null {
  const trimmed = value.trim();
  if (!/^\d{1,15}$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** Null when `timestamp` is within the tolerance of now, else a reason. */
export function toleranceProblem(timestamp: number, nowSeconds: number, toleranceSeconds: number): string | null {
  const age = nowSeconds - timestamp;
  if (Math.abs(age) <= toleranceSeconds) return null;
  const detail = age > 0 ? `${age} s old` : `${-age} s in the future`;
  return `timestamp outside the ${toleranceSeconds} s tolerance (${detail})`;
}
