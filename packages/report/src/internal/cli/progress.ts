import type { CliIo } from "./io.js";

/** Progress lines on stderr: at most one update per 250 ms, plus steps. */
export function progressReporter(io: CliIo, quiet: boolean): { update: (text: string) => void; step: (text: string) => void; done: () => void } {
  let last = 0;
  let pending: string | undefined;
  return {
    update(text) {
      if (quiet) return;
      const now = Date.now();
      pending = text;
      if (now - last >= 250) {
        io.err(`${text}\n`);
        last = now;
        pending = undefined;
      }
    },
    step(text) {
      if (!quiet) io.err(`${text}\n`);
    },
    done() {
      if (!quiet && pending !== undefined) io.err(`${pending}\n`);
      pending = undefined;
    },
  };
}

/** Bytes for humans ("1.2 MB"), display only. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${Math.floor(bytes / 100) / 10} kB`;
  return `${Math.floor(bytes / 100_000) / 10} MB`;
}
