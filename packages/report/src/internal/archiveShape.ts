import { PoliceDataError } from "@crimestats/police-data";
import { policeUkFiles } from "@crimestats/police-data/node";

/**
 * Checks that a downloaded file is a data.police.uk archive before it may replace a cached copy,
 * and returns what is wrong in words (completing "…: it ") or `null` when it passes: a zip
 * archive whose end record and central directory are whole (a file cut short, or an HTML page,
 * has none) and which lists at least one `YYYY-MM-<force>-street.csv` member. Only the central
 * directory is read; each member's CRC-32 is checked when a reader reads it.
 */
export async function archiveProblem(path: string): Promise<string | null> {
  let street: number;
  try {
    street = (await policeUkFiles(path)).street.length;
  } catch (error) {
    if (!(error instanceof PoliceDataError)) throw error;
    // The reader's message names the temporary file; its reason (after "cannot be read: ") is what matters here.
    const reason = /cannot be read: (.*?)(?:; expected an intact|$)/.exec(error.message)?.[1] ?? error.message;
    return `is not a readable zip archive (${reason})`;
  }
  if (street === 0) return "is a zip archive without any data.police.uk street file (no YYYY-MM/YYYY-MM-<force>-street.csv member)";
  return null;
}
