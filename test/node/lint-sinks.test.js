// The lint rule against HTML and code sinks must fire on each of them: lint a fixture full of
// sinks as though it were a file in src/, and expect an error on every marked line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';

const fixture = new URL('../fixtures/lint/forbidden-sinks.ts', import.meta.url);
const code = readFileSync(fixture, 'utf8');
const sinkLines = code
  .split('\n')
  .map((line, index) => (line.includes('// sink') ? index + 1 : 0))
  .filter(Boolean);

test('the sink rule reports every forbidden sink in src/', async () => {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(code, { filePath: 'src/core/forbidden-sinks.ts' });
  const reported = new Set(result.messages.filter((m) => m.severity === 2).map((m) => m.line));
  assert.ok(sinkLines.length >= 8, 'the fixture has its sinks');
  for (const line of sinkLines)
    assert.ok(reported.has(line), `line ${line} is reported: ${code.split('\n')[line - 1].trim()}`);
  // The import of unsafeHTML itself is caught too.
  assert.ok(reported.has(3), 'importing unsafeHTML is reported');
});

test('the same code outside src/ is not held to the rule (stories may build demo markup)', async () => {
  const eslint = new ESLint();
  const [result] = await eslint.lintText('const el = document.body; el.innerHTML = "";\n', {
    filePath: 'scripts/x.ts',
  });
  assert.equal(result.messages.filter((m) => m.ruleId === 'no-restricted-syntax').length, 0);
});

test('an element importing another element is refused (elements never import each other)', async () => {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(
    "import { x } from '../idea-board/model.js';\nexport { x };\n",
    {
      filePath: 'src/components/journey-map/journey-map.ts',
    },
  );
  assert.ok(result.messages.some((m) => m.ruleId === 'no-restricted-imports'));
  const [ok] = await eslint.lintText("import { x } from '../../core/index.js';\nexport { x };\n", {
    filePath: 'src/components/journey-map/journey-map.ts',
  });
  assert.equal(ok.messages.filter((m) => m.ruleId === 'no-restricted-imports').length, 0);
});

test('core importing from components is refused', async () => {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(
    "import { x } from '../components/space/space.js';\nexport { x };\n",
    {
      filePath: 'src/core/x.ts',
    },
  );
  assert.ok(result.messages.some((m) => m.ruleId === 'no-restricted-imports'));
});
