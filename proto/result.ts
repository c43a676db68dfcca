/** Bad data is a value: decoders and validators return this instead of throwing. */
export type Result<T> = { ok: true; value: T } | { ok: false; reason: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const rejected = <T = never>(reason: string): Result<T> => ({ ok: false, reason });
