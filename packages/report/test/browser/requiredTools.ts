// Tests that need programs of the system (Chromium, poppler-utils, LibreOffice): skipped with the
// reason and the install command where they are missing, failing instead where env CI is set (CI
// installs them, so a missing one there is a broken set-up, never a silent pass).
import { spawnSync } from "node:child_process";
import { describe, it } from "vitest";

/** Whether a program runs (given the flag that makes it print its version: `-v` for poppler's tools, `--version` for LibreOffice). */
export function runs(program: string, flag: string): boolean {
  return spawnSync(program, [flag], { stdio: "ignore" }).error === undefined;
}

/**
 * `describe` for tests that need programs of the system.
 *
 * @param title - The block's title.
 * @param needs - What is missing, in words (empty when all is there), what it is (for the CI test's name) and the command that installs it.
 * @param body - The block.
 */
export function describeWithTools(title: string, needs: { missing: readonly string[]; what: string; install: string }, body: () => void): void {
  const { missing, what, install } = needs;
  if (missing.length === 0) describe(title, body);
  else if (process.env["CI"]) {
    describe(title, () => {
      it(`has ${what} installed (CI runs these tests, never skips them)`, () => {
        throw new Error(`${missing.join("; ")}: install with ${install}`);
      });
    });
  } else describe.skip(`${title} (skipped: ${missing.join("; ")}; install with: ${install})`, body);
}
