// Runs the calls listed in exports.json against one loaded module (ESM namespace or CJS exports).
// An argument {"$export": "name"} is replaced by that export; "pick" reads a property of the result.
function runCalls(mod, calls) {
  for (const call of calls || []) {
    const args = call.args.map((arg) => (arg && typeof arg === "object" && "$export" in arg ? mod[arg.$export] : arg));
    let result = mod[call.fn](...args);
    for (const key of call.pick || []) result = result[key];
    const actual = JSON.stringify(result);
    if (actual !== JSON.stringify(call.expected))
      throw new Error(`${call.fn}(${JSON.stringify(call.args)}) gave ${actual}, expected ${JSON.stringify(call.expected)}`);
  }
}
module.exports = { runCalls };
