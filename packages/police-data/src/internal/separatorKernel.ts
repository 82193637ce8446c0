import type { SeparatorKernel } from "./scanner.js";
import { separatorsWasm } from "./separatorsWasm.js";

/** The bytes read by one call, from offset 0 of the module's memory (64 spare bytes follow: blocks are read whole). */
const WINDOW = 1 << 20;
/** Where the separators are written (after the bytes and their spare), up to the end of the memory. */
const FOUND = WINDOW + 64;
const MEMORY = 48 << 16;

let made: SeparatorKernel | null | undefined;

/** The part of the WebAssembly API used here (the package is typed without the DOM's types). */
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (
    module: object,
  ) => {
    exports: { memory: { buffer: ArrayBuffer }; stop: { value: number }; separators(p: number, end: number, out: number, cap: number): number };
  };
}

/**
 * This thread's WebAssembly SIMD kernel of `wasm/separators.wat`, which finds the commas and line
 * feeds of rows 64 bytes at a time, for `useSeparatorKernel` of the scanner; undefined where
 * WebAssembly SIMD cannot be compiled. Compiled once per thread. Node's entry only: a web page's
 * security policy may forbid compiling WebAssembly, and a refusal is reported on its console.
 */
export function separatorKernel(): SeparatorKernel | undefined {
  if (made === undefined) {
    made = null;
    try {
      const wasm = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;
      const { memory, stop, separators } = new wasm.Instance(new wasm.Module(Buffer.from(separatorsWasm, "base64"))).exports;
      const capacity = (MEMORY - FOUND) >> 2;
      made = {
        window: WINDOW,
        bytes: new Uint8Array(memory.buffer, 0, WINDOW),
        found: new Int32Array(memory.buffer, FOUND, capacity),
        separators: (n) => separators(0, n, FOUND, capacity),
        stop: () => stop.value,
      };
    } catch {
      // no WebAssembly SIMD here: the scanner's JavaScript search
    }
  }
  return made ?? undefined;
}
