import { accessSync, constants, statSync } from "node:fs";
import { join } from "node:path";
import { ReportError } from "../../ReportError.js";

/** The command that installs Debian's and Ubuntu's Chromium, said whenever no browser is found. */
export const browserInstallCommand = "sudo apt-get install chromium";

/** Where a browser is looked for, and how it was named. */
export interface BrowserSearch {
  /** The browser the caller named (`renderPdf`'s `browser`, the command's `--browser`), if any. */
  readonly given?: string | undefined;
  /** How the caller named it, for messages (default: the "browser" option). */
  readonly givenAs?: string;
  /** Environment variables: `CRIMESTATS_BROWSER`, and on Windows the Program Files folders. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The operating system (`process.platform`). */
  readonly platform: NodeJS.Platform;
}

/**
 * The usual places of Chromium and Google Chrome on this operating system, in the order they
 * are tried: Debian's and Ubuntu's Chromium first (what CI installs), then Chrome.
 */
export function browserPaths(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): readonly string[] {
  if (platform === "darwin") {
    return ["/Applications/Chromium.app/Contents/MacOS/Chromium", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"];
  }
  if (platform === "win32") {
    const roots = [env["PROGRAMFILES"] ?? "C:\\Program Files", env["PROGRAMFILES(X86)"] ?? "C:\\Program Files (x86)", env["LOCALAPPDATA"]];
    return roots
      .filter((root): root is string => root !== undefined && root !== "")
      .flatMap((root) => [join(root, "Google", "Chrome", "Application", "chrome.exe"), join(root, "Chromium", "Application", "chrome.exe")]);
  }
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];
}

/** Whether `path` is a file this process may run (on Windows, a file: execute permission is not kept there). */
function runnable(path: string, platform: NodeJS.Platform): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, platform === "win32" ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser to print with: the one named by the caller, else by `CRIMESTATS_BROWSER`, else the
 * first of {@link browserPaths} that exists. A browser that is named but is not a file this process
 * can run is an error (a misspelt path never silently prints with another browser).
 *
 * @throws {ReportError} `browser-not-found`, naming the paths tried, `--browser <path>`,
 * `CRIMESTATS_BROWSER` and the install command.
 */
export function findBrowser(search: BrowserSearch): string {
  const { given, env, platform, givenAs = 'the "browser" option' } = search;
  const named = given ?? (env["CRIMESTATS_BROWSER"] === undefined || env["CRIMESTATS_BROWSER"] === "" ? undefined : env["CRIMESTATS_BROWSER"]);
  if (named !== undefined) {
    if (runnable(named, platform)) return named;
    const by = given === undefined ? "CRIMESTATS_BROWSER" : givenAs;
    throw new ReportError(
      "browser-not-found",
      `The browser "${named}" named by ${by} is not a program that can be run: expected the path of a Chromium or Google Chrome executable (on Debian or Ubuntu: ${browserInstallCommand}, then /usr/bin/chromium).`,
      { browser: named, tried: [named] },
    );
  }
  const tried = browserPaths(platform, env);
  const found = tried.find((path) => runnable(path, platform));
  if (found !== undefined) return found;
  throw new ReportError(
    "browser-not-found",
    `No Chromium or Google Chrome was found to print the PDF (tried ${tried.join(", ")}): install one (on Debian or Ubuntu: ${browserInstallCommand}) or name it with --browser <path> or CRIMESTATS_BROWSER; crimestats never downloads a browser.`,
    { tried },
  );
}
