/** The base64 of the module built from wasm/separators.wat (with wabt). */
export function separatorsBase64(): Promise<string>;
