import { describe, expect, it } from "vitest";
import { progressGate } from "./progressGate.js";

describe("progressGate", () => {
  it("lets the first message through, holds those within the interval, and always lets the last through (the doc example)", () => {
    const times = [0, 50, 120, 130];
    const due = progressGate(100, () => times.shift() ?? 0);
    expect([due(), due(), due(), due(true)]).toEqual([true, false, true, true]);
  });

  it("posts a handful of messages for thousands of chunks read 1 ms apart", () => {
    let time = 0;
    const due = progressGate(100, () => time);
    let posted = 0;
    for (let chunk = 0; chunk < 5000; chunk++) {
      time = chunk;
      if (due(chunk === 4999)) posted++;
    }
    // 0, 100, …, 4900 (50 messages), and the last chunk's.
    expect(posted).toBe(51);
  });

  it("counts the interval from the last message let through, the last one included", () => {
    let time = 0;
    const due = progressGate(100, () => time);
    due();
    time = 90;
    expect(due(true)).toBe(true);
    time = 150;
    expect(due()).toBe(false);
    time = 190;
    expect(due()).toBe(true);
  });
});
