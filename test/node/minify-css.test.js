// The CSS minifier the build runs over css`…` literals (scripts/minify-css-literals.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAst } from 'rollup/parseAst';
import { minifyCss, minifyCssLiterals } from '../../scripts/minify-css-literals.js';

const cases = [
  [
    'drops comments and indentation, keeps lines',
    '  a {\n    /* why */\n    color: red;\n  }',
    ' a{\n\ncolor:red;\n}',
  ],
  ['keeps a space between words', 'a { border: 1px solid red }', 'a{border:1px solid red}'],
  [
    'keeps descendant and pseudo-class selectors apart',
    '.a .b, .c :hover {}',
    '.a .b, .c :hover{}',
  ],
  [
    'keeps the spaces calc needs',
    'a { width: calc(1px + 2px - 3%) }',
    'a{width:calc(1px + 2px - 3%)}',
  ],
  [
    'keeps quoted text exactly',
    'a { font-family: \'Segoe  UI\', "x ; y" }',
    'a{font-family:\'Segoe  UI\', "x ; y"}',
  ],
  [
    'keeps an escaped quote inside a string',
    "a::after { content: 'it\\'s  ok' }",
    "a::after{content:'it\\'s  ok'}",
  ],
  ['keeps a space at the edges, where a ${…} may follow', ' solid ', ' solid '],
  ["keeps a comment's line breaks", 'a{/* one\ntwo */color:red}', 'a{\ncolor:red}'],
];
for (const [what, input, expected] of cases) {
  test(`minifyCss ${what}`, () => assert.equal(minifyCss(input), expected));
}

test('the rollup plugin changes only css`…` literals, and only their static text', () => {
  const plugin = minifyCssLiterals();
  const code = [
    "import { css, html } from 'lit';",
    'export const a = css `',
    '  :host {',
    '    color: red;',
    '  }',
    '  ${b}',
    '`;',
    'export const t = html`<p>  two  spaces  </p>`;',
  ].join('\n');
  // Rollup hands a plugin its parser as this.parse.
  const context = { parse: parseAst };
  const result = plugin.transform.call(context, code, '/x/src/a.js');
  assert.equal(result.code.split('\n').length, code.split('\n').length);
  assert.match(result.code, /css `\n:host\{\ncolor:red;\n\}\n\$\{b\}\n`/);
  assert.ok(result.code.includes('html`<p>  two  spaces  </p>`'));
  assert.equal(plugin.transform.call(context, 'const x = 1;', '/x/src/b.js'), null);
  assert.equal(plugin.transform.call(context, code, '/x/node_modules/lit/a.js'), null);
});
