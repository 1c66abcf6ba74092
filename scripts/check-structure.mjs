// Keeps the code readable as it grows (docs/implementation-notes.md, "Structure"): no Rust
// function over 80 lines, and no source file over 400 lines unless its first lines say why
// (a `//! Long because …` line in the module comment). And the folders keep their design: no
// import circle between the top-level modules of the app or of the model, src/hooks/ holds hooks
// only, and no component but the app root takes the reducer's handle (the others get values and
// a dispatcher).
//
// Usage: node scripts/check-structure.mjs   (exit 1 and a list when something is too long)

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const MAX_FN_LINES = 80;
const MAX_FILE_LINES = 400;
const ROOTS = ['src', 'model/src'];

function rustFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return rustFiles(path);
    return name.endsWith('.rs') ? [path] : [];
  });
}

// The text with comments, strings and char literals blanked (newlines kept), so braces count.
function codeOnly(text) {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const rest = text.slice(i, i + 2);
    if (rest === '//') {
      while (i < text.length && text[i] !== '\n') i += 1;
    } else if (rest === '/*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (text[i] === '"' || (text[i] === 'r' && /^r#*"/.test(text.slice(i, i + 8)))) {
      const hashes = text[i] === 'r' ? text.slice(i + 1).match(/^#*/)[0] : '';
      const open = text[i] === 'r' ? 2 + hashes.length : 1;
      const close = '"' + hashes;
      let j = i + open;
      while (j < text.length) {
        if (!hashes && text[j] === '\\') j += 2;
        else if (text.startsWith(close, j)) break;
        else j += 1;
      }
      const stop = Math.min(text.length, j + close.length);
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (text[i] === "'" && /^'(\\.|[^\\'])'/.test(text.slice(i, i + 4))) {
      const len = text[i + 1] === '\\' ? 4 : 3;
      out += ' '.repeat(len);
      i += len;
    } else {
      out += text[i];
      i += 1;
    }
  }
  return out;
}

const problems = [];
for (const root of ROOTS) {
  for (const file of rustFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    if (lines.length > MAX_FILE_LINES && !/^\/\/! Long because/m.test(lines.slice(0, 30).join('\n'))) {
      problems.push(`${file}: ${lines.length} lines, over ${MAX_FILE_LINES} without a "//! Long because …" line`);
    }
    const code = codeOnly(text).split('\n');
    for (let n = 0; n < code.length; n += 1) {
      const head = code[n].match(/^\s*(?:pub(?:\([^)]*\))?\s+)?(?:const\s+)?(?:async\s+)?(?:unsafe\s+)?fn\s+(\w+)/);
      if (!head) continue;
      let depth = 0;
      let opened = false;
      let end = n;
      for (let m = n; m < code.length; m += 1) {
        for (const ch of code[m]) {
          if (ch === '{') { depth += 1; opened = true; }
          if (ch === '}') depth -= 1;
          if (ch === ';' && !opened && depth === 0) { end = -1; break; }
        }
        if (end < 0 || (opened && depth === 0)) { end = end < 0 ? -1 : m; break; }
      }
      if (end >= 0 && end - n + 1 > MAX_FN_LINES) {
        problems.push(`${file}:${n + 1}: fn ${head[1]} is ${end - n + 1} lines, over ${MAX_FN_LINES}`);
      }
    }
  }
}

// The top-level module a file belongs to (`src/view/layout.rs` → `view`).
function topModule(root, file) {
  return relative(root, file).replace(/\.rs$/, '').split('/')[0];
}

// Circles between top-level modules, from their `crate::` paths outside tests.
for (const root of ROOTS) {
  const uses = new Map();
  for (const file of rustFiles(root)) {
    if (file.includes('/bin/')) continue;
    const from = topModule(root, file);
    const code = readFileSync(file, 'utf8').split(/#\[cfg\((?:all\()?test/)[0];
    for (const [, to] of code.matchAll(/crate::(\w+)/g)) {
      if (to === from) continue;
      if (!uses.has(from)) uses.set(from, new Map());
      if (!uses.get(from).has(to)) uses.get(from).set(to, file);
    }
  }
  const state = new Map();
  const path = [];
  const visit = (m) => {
    if (state.get(m) === 'done') return;
    if (state.get(m) === 'open') {
      const circle = path.slice(path.indexOf(m)).concat(m);
      const via = circle.slice(0, -1).map((a, i) => uses.get(a).get(circle[i + 1]));
      problems.push(`${root}: import circle ${circle.join(' → ')} (${via.join(', ')})`);
      return;
    }
    state.set(m, 'open');
    path.push(m);
    for (const next of uses.get(m)?.keys() ?? []) visit(next);
    path.pop();
    state.set(m, 'done');
  };
  for (const m of uses.keys()) visit(m);
}

for (const file of rustFiles('src')) {
  const code = codeOnly(readFileSync(file, 'utf8'));
  if (/UseReducerHandle/.test(code) && file !== join('src', 'app.rs')) {
    problems.push(`${file}: takes the reducer's handle; pass the values it shows and a dispatcher`);
  }
  if (file.startsWith(join('src', 'hooks')) && !file.endsWith('mod.rs') && !/#\[hook\]/.test(code)) {
    problems.push(`${file}: in src/hooks/ without a #[hook]; hooks/ holds hooks only`);
  }
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`structure: every function within ${MAX_FN_LINES} lines, every long file explained, no import circle`);
