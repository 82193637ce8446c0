/** What went wrong, in words, for the file-system error codes a user can meet. */
const reasons: Readonly<Record<string, string>> = {
  ENOENT: "it does not exist",
  EACCES: "permission is denied",
  EPERM: "the operation is not permitted",
  EEXIST: "a file of that name is in the way",
  ENOTDIR: "part of the path is a file, not a folder",
  EISDIR: "it is a folder, not a file",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EROFS: "the file system is read-only",
  EMFILE: "too many files are open",
  ENFILE: "too many files are open",
  ENAMETOOLONG: "the path is too long",
  ELOOP: "the path has too many symbolic links (a loop?)",
  EBUSY: "it is in use",
  EXDEV: "it is on another file system",
  EIO: "the disk reported an input/output error",
  EPIPE: "whatever was reading the output has closed it",
};

/** True for an error thrown by Node's file-system calls (it has an errno `code` and a `syscall`). */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string" && typeof (error as NodeJS.ErrnoException).syscall === "string";
}

/**
 * One sentence for a file-system error, naming what was being done to which path and why it
 * failed, never Node's raw "EACCES: permission denied, open '…'" text: e.g. `Cannot write the
 * output folder "/srv/out": permission is denied.`
 */
export function describeSystemError(error: NodeJS.ErrnoException, doing?: string): string {
  const code = error.code ?? "";
  const reason = reasons[code] ?? `the system refused it (${code || "unknown error"})`;
  const path = error.path === undefined ? "" : ` "${error.path}"`;
  const action = doing ?? (error.syscall === undefined ? "Cannot use" : `Cannot ${verb(error.syscall)}`);
  return `${action}${doing === undefined ? path : ""}: ${reason}.`;
}

function verb(syscall: string): string {
  if (syscall === "open") return "open";
  if (/^(read|stat|lstat|access|scandir|readlink|realpath)/.test(syscall)) return "read";
  if (/^(mkdir)/.test(syscall)) return "create the folder";
  if (/^(rename|link|unlink|rmdir|rm|write|copyfile|fsync|close|futime|chmod)/.test(syscall)) return "write";
  return "use";
}
