/**
 * Which data a source stands for, as the store keys it. Not `Source.name`, a free-text label two
 * sources may share: a source registered by name is that name, a source made from a URL is its
 * URL (a new object per widget, one entry for all of them), and any other object is itself.
 */
export interface SourceIdentity {
  readonly id: string;
  /** The same on every visit, so its data may be persisted under it. */
  readonly stable: boolean;
}

const identities = new WeakMap<object, SourceIdentity>();
let unnamed = 0;

/** The identity of a source: the one it was given, or one of its own for an object nobody named (this page only). */
export function identityOf(source: object): SourceIdentity {
  let identity = identities.get(source);
  if (!identity) identities.set(source, (identity = { id: `#${++unnamed}`, stable: false }));
  return identity;
}

/**
 * Gives `source` its identity, unless it has a lasting one already (an object registered twice is
 * still one source); one made up for an unnamed object gives way to a name. Returns `source`.
 */
export function identify<S extends object>(id: string, source: S, stable = true): S {
  if (!identities.get(source)?.stable) identities.set(source, { id, stable });
  return source;
}

/** Takes back the identity a name gave: the name now stands for another source. */
export function forgetIdentity(source: object, id: string): void {
  if (identities.get(source)?.id === id) identities.delete(source);
}
