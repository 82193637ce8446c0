/**
 * Writes a value as JavaScript source that rebuilds it, so that a failing call can be pasted into
 * a test: `-0`, `NaN`, `10n`, `Symbol("x")`, holes in arrays (`[, 1]`), prototype-less objects
 * (`Object.assign(Object.create(null), {…})`), dates and typed arrays are written as such. Long
 * strings made of one repeated character are written as `"x".repeat(n)`; other long strings and
 * deep or large values are cut short with a comment saying so. Never throws.
 *
 * @param value - Any value.
 * @param limit - Most characters to write before cutting short.
 * @returns The source text.
 */
export function describeValue(value: unknown, limit = 4000): string {
  const seen = new WeakSet<object>();
  let budget = limit;

  function text(s: string): string {
    if (s.length > 64 && s.split("").every((c) => c === s[0])) return `${JSON.stringify(s[0])}.repeat(${s.length})`;
    if (s.length > 200) return `${JSON.stringify(s.slice(0, 120))} /* …cut, ${s.length} characters in all */`;
    return JSON.stringify(s);
  }

  function key(k: string): string {
    return /^[A-Za-z_$][\w$]*$/.test(k) && k !== "__proto__" ? k : JSON.stringify(k);
  }

  function write(v: unknown, depth: number): string {
    if (budget <= 0) return "/* … */";
    const out = writeInner(v, depth);
    if (typeof v !== "object" || v === null) budget -= out.length; // leaves only: a container is its leaves
    return out;
  }

  function writeInner(v: unknown, depth: number): string {
    switch (typeof v) {
      case "undefined":
        return "undefined";
      case "number":
        return Object.is(v, -0) ? "-0" : String(v);
      case "bigint":
        return `${v}n`;
      case "string":
        return text(v);
      case "boolean":
        return String(v);
      case "symbol":
        return `Symbol(${text(v.description ?? "")})`;
      case "function":
        return `/* function ${v.name || "anonymous"} */ () => {}`;
    }
    if (v === null) return "null";
    const o = v as object;
    if (seen.has(o)) return "/* circular */ {}";
    if (depth > 8) return "/* deep */ {}";
    seen.add(o);
    try {
      if (o instanceof Date) return `new Date(${Number.isNaN(o.getTime()) ? "NaN" : JSON.stringify(o.toISOString())})`;
      if (ArrayBuffer.isView(o) && !(o instanceof DataView)) {
        const items = Array.from(o as unknown as ArrayLike<number | bigint>);
        const shown = items.slice(0, 50).map((x) => write(x, depth + 1));
        const rest = items.length > 50 ? `, /* …${items.length - 50} more */` : "";
        return `new ${o.constructor.name}([${shown.join(", ")}${rest}])`;
      }
      if (Array.isArray(o)) {
        const parts: string[] = [];
        const n = Math.min(o.length, 50);
        for (let i = 0; i < n; i++) parts.push(i in o ? write(o[i], depth + 1) : "");
        if (o.length > 50) parts.push(`/* …${o.length - 50} more */`);
        const trailingHole = n > 0 && !(n - 1 in o) && o.length <= 50 ? "," : "";
        return `[${parts.join(", ")}${trailingHole}]`;
      }
      if (o instanceof Map) return `new Map(${write([...o.entries()], depth + 1)})`;
      if (o instanceof Set) return `new Set(${write([...o.values()], depth + 1)})`;
      if (Symbol.asyncIterator in o) return "/* async iterable */ (async function* () {})()";
      const proto: unknown = Object.getPrototypeOf(o);
      const entries = Object.keys(o)
        .slice(0, 50)
        .map((k) => `${key(k)}: ${write((o as Record<string, unknown>)[k], depth + 1)}`);
      const body = `{ ${entries.join(", ")} }`.replace("{  }", "{}");
      if (proto === null) return `Object.assign(Object.create(null), ${body})`;
      if (proto !== Object.prototype) {
        const name = (proto as { constructor?: { name?: unknown } }).constructor?.name;
        return `/* ${typeof name === "string" ? name : "object"} */ ${body}`;
      }
      return body;
    } catch {
      return "/* unreadable */ {}";
    }
  }

  return write(value, 0);
}
