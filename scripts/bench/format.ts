/** How the benchmark writes its figures: one spelling of each unit, and ok/MISS against a target. */

export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
export const ms = (x: number) => `${x.toFixed(3)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const secs = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`;
export const mark = (ok: boolean) => (ok ? 'ok  ' : 'MISS');

/** The first lines of an error, indented to sit under a section's line. */
export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n').slice(0, 6).join('\n    ');

/** The value at quantile `q` of ascending `sorted` values. */
export const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
