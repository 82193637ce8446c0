import { ReportError } from "../../ReportError.js";
import { describeSystemError, isSystemError } from "../fsError.js";

/**
 * The error for a file that cannot be read (a file on disk removed or made unreadable after it was
 * opened, or a browser's file the user moved): `Cannot read the breaks file "x.json": …`.
 */
function cannotRead(error: unknown, what: string, label: string): ReportError {
  if (isSystemError(error))
    return new ReportError("file-not-found", describeSystemError(error, `Cannot read the ${what} "${label}"`), { file: label, code: error.code });
  const reason = error instanceof Error ? error.message : String(error);
  return new ReportError("file-not-found", `Cannot read the ${what} "${label}": ${reason.replace(/\.$/, "")}.`, { file: label });
}

/** The text of a file (UTF-8), saying which file cannot be read and why. */
export async function fileText(file: Blob, what: string, label: string): Promise<string> {
  try {
    return await file.text();
  } catch (error) {
    throw cannotRead(error, what, label);
  }
}

/** The bytes of a file, saying which file cannot be read and why. */
export async function fileBytes(file: Blob, what: string, label: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    throw cannotRead(error, what, label);
  }
}

/**
 * The bytes of a file as a stream (`file.stream()`), read only as they are pulled; a read that
 * fails errors the stream with the error saying which file cannot be read and why.
 */
export function fileStream(file: Blob, what: string, label: string): ReadableStream<Uint8Array> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        reader ??= file.stream().getReader();
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        controller.error(cannotRead(error, what, label));
      }
    },
    async cancel(reason) {
      await reader?.cancel(reason);
    },
  });
}
