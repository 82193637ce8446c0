import { describe, expect, it } from "vitest";
import { ByteInterner, ByteList } from "./interner.js";

const enc = (s: string) => new TextEncoder().encode(s);

describe("ByteInterner", () => {
  it("keys that share their first and last bytes (same hash) stay distinct", () => {
    const t = new ByteInterner();
    const keys = Array.from({ length: 400 }, (_, i) => `abcdef${String(i).padStart(52, "0")}uvwxyz`);
    keys.forEach((k, i) => {
      const b = enc(k);
      expect(t.intern(b, 0, b.length)).toBe(~i);
    });
    keys.forEach((k, i) => {
      const b = enc(`..${k}..`);
      expect(t.intern(b, 2, b.length - 2)).toBe(i);
      expect(t.find(b, 2, b.length - 2)).toBe(i);
    });
    expect(t.size).toBe(400);
    expect(new TextDecoder().decode(t.keyBytes(42))).toBe(keys[42]);
    t.clear();
    expect(t.size).toBe(0);
    const b = enc(keys[7]!);
    expect(t.find(b, 0, b.length)).toBe(-1);
    expect(t.intern(b, 0, b.length)).toBe(~0);
  });

  it("the empty key and short keys", () => {
    const t = new ByteInterner();
    const b = enc("xab");
    expect(t.intern(b, 0, 0)).toBe(~0);
    expect(t.intern(b, 1, 1)).toBe(0);
    expect(t.intern(b, 1, 2)).toBe(~1);
    expect(t.intern(b, 2, 3)).toBe(~2);
    expect(t.find(b, 1, 2)).toBe(1);
  });

  it("ByteList counts repeated keys, also among keys with the same hash (same first and last bytes and length)", () => {
    const list = new ByteList();
    const keys = Array.from({ length: 300 }, (_, i) => `abcdef${String(i % 170).padStart(52, "0")}uvwxyz`);
    keys.push("", "", "x", "x", "y");
    for (const k of keys) {
      const b = enc(`.${k}.`);
      list.add(b, 1, b.length - 1);
    }
    const repeats = keys.length - new Set(keys).size;
    expect(list.repeats()).toBe(repeats);
    // the keys of another list found in this one: each distinct key once, whatever its hash shares
    const others = [...keys.slice(0, 40), "x", "z", `abcdef${"9".repeat(52)}uvwxyz`];
    const other = listOf(others);
    const shared = new Set(others.filter((k) => keys.includes(k))).size;
    // the same whichever side is the smaller one (the side the table is made of)
    expect([
      ByteList.shared([other], [list]),
      ByteList.shared([list], [other]),
      ByteList.shared([listOf(others.slice(0, 3)), listOf(others.slice(3))], [list]),
    ]).toEqual([shared, shared, shared]);
    expect(ByteList.shared([other], [])).toBe(0);
    list.clear();
    expect(list.repeats()).toBe(0);
  });

  it("ByteList reads a key the same at any byte offset and length, also at the very end of its buffer", () => {
    const list = new ByteList();
    const keys: string[] = [];
    // every offset 0..4 in a buffer, lengths 0..9 and 64, keys ending before and at the buffer's end
    for (let offset = 0; offset < 5; offset++) {
      for (const len of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 64]) {
        const key = "0123456789abcdef".repeat(4).slice(0, len);
        for (const after of ["", ",x"]) {
          const b = enc(`${".".repeat(offset)}${key}${after}`);
          list.add(b.subarray(offset > 2 ? 1 : 0), offset > 2 ? offset - 1 : offset, offset + len - (offset > 2 ? 1 : 0));
          keys.push(key);
        }
      }
    }
    const distinct = new Set(keys).size;
    expect(list.repeats()).toBe(keys.length - distinct);
    // each distinct key, read at another offset, is found once in a list of its own; a key one byte longer or shorter is not
    const plain = new ByteList();
    for (const k of new Set(keys)) plain.add(enc(k), 0, k.length);
    expect(ByteList.shared([list], [plain])).toBe(distinct);
    expect(ByteList.shared([plain], [ByteList.fromParts(list.parts())])).toBe(distinct);
    const near = new ByteList();
    for (const k of new Set(keys)) near.add(enc(`${k}0`), 0, k.length + 1);
    expect(ByteList.shared([near], [list])).toBe([...new Set(keys)].filter((k) => keys.includes(`${k}0`)).length);
  });
});

function listOf(keys: readonly string[]): ByteList {
  const list = new ByteList();
  for (const k of keys) list.add(enc(k), 0, k.length);
  return list;
}
