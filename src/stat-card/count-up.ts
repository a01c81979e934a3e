/**
 * The frames of the count-up animation, as pure functions. The number counts
 * at the scale of the final text (0万 → 32万, 0.00亿 → 1.78亿, 0 → 320,000),
 * so it never jumps between 万 and plain digits, and the last frame is the
 * final text exactly.
 */

/** A formatted number split around the digits that count up. */
export interface Countable {
  /** The final text, returned unchanged once the animation ends. */
  text: string;
  prefix: string;
  value: number;
  decimals: number;
  /** Whether the digits are grouped by thousands with commas (320,000). */
  grouped: boolean;
  suffix: string;
}

/** Splits "32万", "1.78亿", "320,000", "178 million", "6%"; null when there is nothing to count. */
export function parseCountable(text: string): Countable | null {
  const match = /^(\D*?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(\D*)$/.exec(text);
  if (!match) return null;
  const [, prefix, digits, fraction = '', suffix] = match;
  const value = Number(digits.replace(/,/g, '') + (fraction ? '.' + fraction : ''));
  if (!(value > 0)) return null;
  return { text, prefix, value, decimals: fraction.length, grouped: digits.includes(','), suffix };
}

/** Fast start, gentle landing. */
export function easeOutCubic(t: number): number {
  return 1 - (1 - t) ** 3;
}

/** The text at `progress` (0–1) of the animation; exactly the final text at 1. */
export function countUpText(countable: Countable, progress: number): string {
  if (progress >= 1) return countable.text;
  const current = countable.value * easeOutCubic(Math.max(0, progress));
  const [digits, fraction] = current.toFixed(countable.decimals).split('.');
  const whole = countable.grouped ? digits.replace(/\B(?=(\d{3})+$)/g, ',') : digits;
  return countable.prefix + whole + (fraction ? '.' + fraction : '') + countable.suffix;
}
