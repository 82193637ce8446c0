import { expect } from "vitest";
import { PoliceDataError } from "../src/PoliceDataError.js";

/** The `PoliceDataError` that `run` fails with (the test fails when it does not). */
export async function failure(run: () => Promise<unknown>): Promise<PoliceDataError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(PoliceDataError);
    return error as PoliceDataError;
  }
  throw new Error("expected a failure");
}

/** The chunks of an async iterable, joined and decoded as UTF-8. */
export async function text(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts).toString("utf8");
}
