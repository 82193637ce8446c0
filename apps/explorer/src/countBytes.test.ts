import { describe, expect, it } from "vitest";
import { countBytes, type BytesRead } from "./countBytes.js";

/** Reads a stream to its end and returns the text. */
async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("countBytes", () => {
  it("counts a peek at the first bytes and then the whole file once (the doc example)", async () => {
    const seen: number[] = [];
    const [file] = countBytes([new File(["abcdef"], "a.csv")], ({ read }) => seen.push(read));
    await file!.slice(0, 2).text();
    await file!.text();
    expect(seen).toEqual([2, 6]);
  });

  it("counts the chunks of a stream over all files against their total size", async () => {
    const seen: BytesRead[] = [];
    const files = countBytes([new File(["0123456789"], "a.csv"), new File(["xyz"], "b.csv")], (bytes) => seen.push(bytes));
    expect(await readAll(files[1]!.stream())).toBe("xyz");
    expect(await readAll(files[0]!.stream())).toBe("0123456789");
    expect(seen.at(-1)).toEqual({ read: 13, total: 13 });
    expect(seen.every((bytes) => bytes.total === 13)).toBe(true);
    expect(seen.map((bytes) => bytes.read)).toEqual([...seen.map((bytes) => bytes.read)].sort((a, b) => a - b));
  });

  it("keeps the file's name, size, type and class and its contents unchanged", async () => {
    const original = new File(["a,b\n1,2\n"], "street.csv", { type: "text/csv" });
    const [file] = countBytes([original], () => undefined);
    expect(file).toBe(original);
    expect(file).toBeInstanceOf(File);
    expect([file!.name, file!.size, file!.type]).toEqual(["street.csv", 8, "text/csv"]);
    expect(new TextDecoder().decode(await file!.arrayBuffer())).toBe("a,b\n1,2\n");
  });

  it("counts reads of slices of slices and bytes() and never passes a file's size", async () => {
    let last: BytesRead = { read: -1, total: -1 };
    const [file] = countBytes([new File(["abcdefghij"], "a.zip")], (bytes) => {
      last = bytes;
    });
    const tail = file!.slice(6);
    expect(await tail.slice(1, 3).text()).toBe("hi");
    expect(last).toEqual({ read: 2, total: 10 });
    const bytes = (await (file as unknown as { bytes(): Promise<Uint8Array> }).bytes()).length;
    expect(bytes).toBe(10);
    await file!.arrayBuffer();
    expect(last).toEqual({ read: 10, total: 10 });
  });
});
