// A module apart from `numbers.ts`: widgets load these bounds up front, the decimal reading only with a parser.

/**
 * The widest a rate may be, per unit or per nominal: nine orders of magnitude either side of one.
 * No official rate comes near (on today's sheets the extremes against the ruble are about 0.002 for
 * the rial and 300 for the Kuwaiti dinar); a number outside is a broken or hostile document, and
 * inside it any cross rate of two such numbers is finite and above zero.
 */
export const RATE_RANGE = { min: 1e-9, max: 1e9 } as const;

/** The largest nominal a sheet may state; `readableNominal` never goes beyond it either. */
export const MAX_NOMINAL = 1e9;

/** Finite and within `RATE_RANGE` (false for NaN, zero, negatives and infinities). */
export const isSaneRate = (value: number): boolean => value >= RATE_RANGE.min && value <= RATE_RANGE.max;

/** A whole number of units between one and `MAX_NOMINAL`. */
export const isSaneNominal = (value: number): boolean => Number.isInteger(value) && value >= 1 && value <= MAX_NOMINAL;
