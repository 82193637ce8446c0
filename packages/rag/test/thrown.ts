import { RagError } from "../src/RagError.js";

/** Runs `f` and returns the RagError it throws; fails the test when it throws nothing or another error. */
export function thrown(f: () => unknown): RagError {
  try {
    f();
  } catch (error) {
    if (error instanceof RagError) return error;
    throw error;
  }
  throw new Error("expected a RagError");
}
