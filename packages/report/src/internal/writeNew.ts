import { open } from "node:fs/promises";

/**
 * Writes a file that must not exist yet (`wx`: fails with EEXIST rather than overwrite) and
 * flushes it to disk before returning, so that a rename of it afterwards never publishes a
 * file whose bytes are still only in memory.
 */
export async function writeNewFile(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, "wx");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Whether a process with this id runs on this machine (EPERM: it runs, as another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
