// Fallback of wasm-items.mjs when twiggy is not installed: the size of every function body (code
// section) and data segment of a wasm file, named from its "name" custom section when present.
// (binaryen.js `wasm-opt --func-metrics` gives the same but takes many minutes on this module.)

import { readFileSync } from 'node:fs';

export function wasmItems(file) {
  const buf = readFileSync(file);
  let pos = 8; // magic + version
  const u32 = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = buf[pos++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return result;
    }
  };
  const str = () => {
    const n = u32();
    const s = buf.toString('utf8', pos, pos + n);
    pos += n;
    return s;
  };
  let importedFuncs = 0;
  const bodies = [];
  const data = [];
  const names = new Map();
  while (pos < buf.length) {
    const id = buf[pos++];
    const size = u32();
    const end = pos + size;
    if (id === 2) {
      // imports: count the functions, whose indices come before the module's own
      for (let i = 0, n = u32(); i < n; i++) {
        str();
        str();
        const kind = buf[pos++];
        if (kind === 0) u32(), importedFuncs++;
        else if (kind === 1) pos++, limits();
        else if (kind === 2) limits();
        else if (kind === 3) pos += 2;
        else if (kind === 4) pos++, u32();
      }
    } else if (id === 10) {
      for (let i = 0, n = u32(); i < n; i++) {
        const len = u32();
        bodies.push(len);
        pos += len;
      }
    } else if (id === 11) {
      for (let i = 0, n = u32(); i < n; i++) {
        const start = pos;
        const flags = u32();
        if (flags === 2) u32();
        if (flags !== 1) while (buf[pos++] !== 0x0b); // offset expression, up to `end`
        const len = u32();
        pos += len;
        data.push(pos - start);
      }
    } else if (id === 0 && str() === 'name') {
      while (pos < end) {
        const sub = buf[pos++];
        const subLen = u32();
        const subEnd = pos + subLen;
        if (sub === 1) for (let i = 0, n = u32(); i < n; i++) names.set(u32(), str());
        pos = subEnd;
      }
    }
    pos = end;
  }
  function limits() {
    const flags = buf[pos++];
    u32();
    if (flags & 1) u32();
  }
  const items = bodies.map((bytes, i) => ({ name: names.get(importedFuncs + i) ?? `code[${i}]`, bytes }));
  data.forEach((bytes, i) => items.push({ name: `data segment [${i}]`, bytes }));
  return items;
}
