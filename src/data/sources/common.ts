/** Small facts the built-in sources share. */

export const HOUR = 60 * 60 * 1000;

/** `YYYY-MM-DD` → `DD/MM/YYYY`, the Bank of Russia's query form. */
export const cbrDate = (iso: string): string => iso.split('-').reverse().join('/');
