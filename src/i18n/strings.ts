/** An English section with every value widened to `string`, so another language can fill it in. */
export type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
