// A rollup plugin that shrinks the CSS inside Lit's css`…` literals: comments go, and so do
// indentation and the spaces around { } ; — about a fifth of the styles' gzipped size, paid
// by every participant on a phone. Line breaks stay, so source maps still point at the right
// lines. Text in quotes is kept exactly; `${…}` parts of a literal are not touched.

/** The minified text of one static part of a css`…` literal. */
export function minifyCss(text) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '"' || char === "'") {
      // A quoted string, kept as it is (up to its closing quote, past escaped ones).
      let end = i + 1;
      while (end < text.length && text[end] !== char) end += text[end] === '\\' ? 2 : 1;
      out += text.slice(i, end + 1);
      i = end + 1;
    } else if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const comment = text.slice(i, end < 0 ? text.length : end + 2);
      out += '\n'.repeat(comment.split('\n').length - 1);
      i += comment.length;
    } else if (/\s/.test(char)) {
      let end = i;
      while (end < text.length && /\s/.test(text[end])) end += 1;
      const newlines = text.slice(i, end).split('\n').length - 1;
      // Whitespace can go beside braces and semicolons and after a colon (`a{`, `;b`,
      // `color:red`); between two words (`solid 1px`, `.a .b`, `1px + 2px`), after a comma
      // (custom property values keep their text as written) and at the edge of a `${…}` it stays.
      const before = out.at(-1);
      const after = text[end];
      const droppable =
        before !== undefined &&
        after !== undefined &&
        (/[{};:]/.test(before) || /[{};]/.test(after));
      // A line break is whitespace too, so kept line breaks keep the source map's lines.
      out += newlines > 0 ? '\n'.repeat(newlines) : droppable ? '' : ' ';
      i = end;
    } else {
      out += char;
      i += 1;
    }
  }
  return out;
}

/** Calls `visit` on every node of an ESTree. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value === 'object') walk(value, visit);
  }
}

export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!id.includes('/src/') || !/\bcss\s*`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (
          node.type === 'TaggedTemplateExpression' &&
          node.tag.type === 'Identifier' &&
          node.tag.name === 'css'
        ) {
          for (const quasi of node.quasi.quasis) {
            edits.push([quasi.start, quasi.end, minifyCss(code.slice(quasi.start, quasi.end))]);
          }
        }
      });
      if (edits.length === 0) return null;
      let result = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
        result = result.slice(0, start) + text + result.slice(end);
      }
      // Lines are where they were, so the existing source map still holds.
      return { code: result, map: null };
    },
  };
}
