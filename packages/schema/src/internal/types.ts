/**
 * `true` when A and B are mutually assignable. Used to check, at compile time, that each
 * hand-written (documented) interface is exactly what its zod schema infers.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Compiles only when `T` is `true`. */
export type Assert<T extends true> = T;
