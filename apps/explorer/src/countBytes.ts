/** The bytes read so far of all the files given to {@link countBytes}, and the bytes they hold. */
export interface BytesRead {
  readonly read: number;
  readonly total: number;
}

/**
 * Makes every read of `files` counted: each file's `stream()`, `arrayBuffer()`, `text()`,
 * `bytes()` and `slice()` (and the same methods of its slices) are replaced on the object itself
 * by ones that report the bytes they deliver, so the files stay the same `File` objects (name,
 * size, `webkitRelativePath`, `instanceof File`) and nothing is read until the reader asks.
 * A file counts at most its own size, so a file read twice (its first line, then the whole of
 * it) never takes the total past 100%.
 *
 * @param files - The files to count the reads of (changed in place).
 * @param onRead - Called after each read with the bytes read so far of all the files and their total size.
 * @returns The same files, in the same order.
 * @throws Never.
 * @example
 * ```ts
 * const seen: number[] = [];
 * const [file] = countBytes([new File(["abcdef"], "a.csv")], ({ read }) => seen.push(read));
 * await file.slice(0, 2).text();
 * await file.text();
 * seen;
 * //=> [2, 6]
 * ```
 */
export function countBytes<T extends Blob>(files: readonly T[], onRead: (bytes: BytesRead) => void): readonly T[] {
  const total = files.reduce((sum, file) => sum + file.size, 0);
  let read = 0;
  files.forEach((file) => {
    let counted = 0;
    const add = (n: number): void => {
      const next = Math.min(file.size, counted + n);
      if (next === counted) return;
      read += next - counted;
      counted = next;
      onRead({ read, total });
    };
    counting(file, add);
  });
  return files;
}

/**
 * Replaces the reading methods of `blob` (and of every slice made of it) by ones that call `add`
 * with the bytes delivered. Each reads through an unchanged copy of the blob (a whole slice of
 * it, which reads nothing), so a browser whose `text()` calls `arrayBuffer()` does not count twice.
 */
function counting(blob: Blob, add: (n: number) => void): void {
  const slice = Blob.prototype.slice;
  const plain = (): Blob => slice.call(blob);
  Object.defineProperties(blob, {
    stream: {
      configurable: true,
      value: (): ReadableStream<Uint8Array> =>
        plain()
          .stream()
          .pipeThrough(
            new TransformStream<Uint8Array, Uint8Array>({
              transform(chunk, controller) {
                add(chunk.byteLength);
                controller.enqueue(chunk);
              },
            }),
          ),
    },
    arrayBuffer: {
      configurable: true,
      value: async (): Promise<ArrayBuffer> => {
        const buffer = await plain().arrayBuffer();
        add(buffer.byteLength);
        return buffer;
      },
    },
    bytes: {
      configurable: true,
      value: async (): Promise<Uint8Array> => new Uint8Array(await blob.arrayBuffer()),
    },
    text: {
      configurable: true,
      value: async (): Promise<string> => {
        const value = await plain().text();
        add(blob.size);
        return value;
      },
    },
    slice: {
      configurable: true,
      value: (start?: number, end?: number, contentType?: string): Blob => {
        const part = slice.call(blob, start, end, contentType);
        counting(part, add);
        return part;
      },
    },
  });
}
