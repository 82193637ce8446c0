/** Where the command writes and what it may read; injected so that tests run it in-process. */
export interface CliIo {
  /** Writes a line (or more) to standard output. */
  readonly out: (text: string) => void;
  /** Writes progress and error lines to standard error. */
  readonly err: (text: string) => void;
  /** The working directory relative paths are resolved against. */
  readonly cwd: string;
  /** Environment variables (CRIMESTATS_DEBUG=1 prints stack traces). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Folder of the embedded SYNTHETIC demonstration data (`data/` of this package). */
  readonly demoDataDir: string;
  /** The package version, for `--version`. */
  readonly version?: string;
}
