import type { SeparatorKernel } from "./scanner.js";
import { separatorsWasm } from "./separatorsWasm.js";

/** Bytes copied for one call; 64 spare bytes follow each region read (the kernel reads blocks whole). */
const WINDOW = 1 << 20;
/** How many separators one call can write. */
const CAPACITY = 1 << 19;
/** Buffers lent to readers ({@link WasmSeparators.borrow}): two per file read at once on a thread. */
const LENT = 8;
const SPARE = 64;

/** The part of the WebAssembly API used here (the package is typed without the DOM's types). */
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (
    module: object,
  ) => {
    exports: {
      memory: { buffer: ArrayBuffer };
      stop: { value: number };
      separators(p: number, end: number, out: number, cap: number): number;
    };
  };
}

/** The kernel, with buffers in its memory that readers can read files into (their bytes are then scanned where they are). */
export interface WasmSeparators extends SeparatorKernel {
  /** Two buffers of 1 MiB in the kernel's memory, or undefined when fewer than two are free. */
  borrow(): [Buffer<ArrayBuffer>, Buffer<ArrayBuffer>] | undefined;
  /** Give back buffers of {@link WasmSeparators.borrow}. */
  giveBack(buffers: [Buffer<ArrayBuffer>, Buffer<ArrayBuffer>]): void;
}

let made: WasmSeparators | null | undefined;

/**
 * This thread's WebAssembly SIMD kernel of `wasm/separators.wat`, which finds the commas and line
 * feeds of rows 64 bytes at a time, for `useSeparatorKernel` of the scanner; undefined where
 * WebAssembly SIMD cannot be compiled. Made once per thread. Node's entry only: a web page's
 * security policy may forbid compiling WebAssembly, and a refusal is reported on its console.
 */
export function separatorKernel(): WasmSeparators | undefined {
  if (made === undefined) {
    made = null;
    try {
      const wasm = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;
      const { memory, stop, separators } = new wasm.Instance(new wasm.Module(Buffer.from(separatorsWasm, "base64"))).exports;
      // the memory: the window, the separators found, and the buffers lent (its size is set in the
      // .wat: growing it would detach its ArrayBuffer, and after a detach V8 checks every
      // typed-array access of the thread for one, which cost a tenth of the time of a scan)
      const found = WINDOW + SPARE;
      const lent = found + 4 * CAPACITY;
      const buffer = memory.buffer;
      if (buffer.byteLength < lent + LENT * (WINDOW + SPARE)) return undefined;
      const free = Array.from({ length: LENT }, (_, i) => Buffer.from(buffer, lent + i * (WINDOW + SPARE), WINDOW));
      let offset = 0;
      made = {
        memory: buffer,
        bytes: new Uint8Array(buffer, 0, WINDOW),
        found: new Int32Array(buffer, found, CAPACITY),
        separators: (at, n) => {
          offset = at;
          return separators(at, at + n, found, CAPACITY);
        },
        stop: () => stop.value - offset,
        borrow: () => (free.length < 2 ? undefined : [free.pop()!, free.pop()!]),
        giveBack: (buffers) => free.push(...buffers),
      };
    } catch {
      // no WebAssembly SIMD here: the scanner's JavaScript search
    }
  }
  return made ?? undefined;
}
