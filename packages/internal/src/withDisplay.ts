/** The symbol Node's `util.inspect` (the REPL, notebooks, `console.log`) calls to show a value. */
const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/**
 * Gives a result a readable form in a REPL or notebook without changing its data: `render` is
 * attached as a non-enumerable `util.inspect.custom` method, so `Object.keys`, `JSON.stringify`,
 * spreading and deep equality see the same plain object. Works unchanged in browsers, where the
 * symbol is simply unused.
 *
 * @example
 * ```ts
 * const r = withDisplay({ value: 9 }, () => "9 per 1,000");
 * JSON.stringify(r); //=> "{\"value\":9}"
 * ```
 */
export function withDisplay<T extends object>(result: T, render: (result: T) => string): T {
  Object.defineProperty(result, INSPECT, {
    value(this: T) {
      return render(this);
    },
    enumerable: false,
    configurable: true,
    writable: true,
  });
  return result;
}
