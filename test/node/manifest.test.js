// What the package tells tools about itself is true: custom-elements.json (schema-valid, the
// public API only, real events with their detail types, paths that exist in the package), the
// published .d.ts (`stripInternal`, nothing public lost, strict-clean), the JSX and Vue
// types and editor data generated from the manifest, and source maps that carry their sources.
// Builds dist/esm with the package's own rollup config and runs the analyzer first, as
// `npm run build` does (the browser builds are not needed here).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { rollup } from 'rollup';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
process.chdir(root); // the rollup and analyzer configs name paths from the project root
const read = (path) => readFileSync(join(root, path), 'utf8');
const readJson = (path) => JSON.parse(read(path));

let manifest;
let pkg;
/** Element class declarations of the manifest, with the module that declares them. */
let elements;

before(
  async () => {
    const { default: configs } = await import(`${root}rollup.config.js`);
    const esm = configs[0];
    const bundle = await rollup({ ...esm, onwarn: () => {} });
    await bundle.write(esm.output);
    await bundle.close();
    const cem = spawnSync(
      process.execPath,
      [
        'node_modules/@custom-elements-manifest/analyzer/cem.js',
        'analyze',
        '--config',
        'custom-elements-manifest.config.mjs',
      ],
      { encoding: 'utf8' },
    );
    assert.equal(cem.status, 0, cem.stderr);
    manifest = readJson('custom-elements.json');
    pkg = readJson('package.json');
    elements = manifest.modules.flatMap((mod) =>
      (mod.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, path: mod.path })),
    );
  },
  { timeout: 300_000 },
);

/** All files under a folder of the project, as paths from the root. */
function filesUnder(dir) {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length));
}

/** Names of the members a class declares in a TypeScript file, by class. */
function classMembers(path) {
  const source = ts.createSourceFile(path, read(path), ts.ScriptTarget.Latest, true);
  const classes = new Map();
  const visit = (node) => {
    if (ts.isClassDeclaration(node) && node.name) {
      const members = new Map();
      for (const member of node.members) {
        if (!member.name) continue;
        const modifiers = ts.getModifiers(member) ?? [];
        members.set(member.name.getText(), {
          internal: ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal'),
          hidden: modifiers.some(
            (m) =>
              m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword,
          ),
        });
      }
      classes.set(node.name.text, members);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return classes;
}

test('custom-elements.json passes the custom-elements-manifest schema', () => {
  const schema = readJson('node_modules/custom-elements-manifest/schema.json');
  const validate = new Ajv({ allErrors: true }).compile(schema);
  const valid = validate(manifest);
  assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
});

test('the manifest lists the seven elements under their tags, and no other', () => {
  const definitions = manifest.modules.flatMap((mod) =>
    (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name),
  );
  const tags = [
    'co-delivery-plan',
    'co-health-check',
    'co-idea-board',
    'co-journey-map',
    'co-partnership-vote',
    'co-skill-offer',
    'co-space',
  ];
  assert.deepEqual([...definitions].sort(), tags, 'no bogus `tag` from core/define.ts');
  assert.deepEqual(elements.map((e) => e.tagName).sort(), tags);
});

test('every event is a co-* event with its detail type from CoEventDetails', () => {
  // The detail types each `co-*` event is declared with, across the sources.
  const declared = new Map();
  for (const path of filesUnder('src').filter((p) => p.endsWith('.ts'))) {
    for (const [, name, type] of read(path).matchAll(/^\s+'(co-[a-z-]+)': (\w+);$/gm))
      declared.set(name, type);
  }
  assert.ok(declared.size >= 6, 'found the CoEventDetails declarations');
  for (const element of elements) {
    const names = element.events.map((e) => e.name);
    assert.ok(names.includes('co-change') && names.includes('co-error'), element.tagName);
    for (const event of element.events) {
      assert.equal(
        event.type?.text,
        `CustomEvent<${declared.get(event.name)}>`,
        `${element.tagName} ${event.name}`,
      );
      assert.ok(event.description, `${element.tagName} ${event.name} is documented`);
    }
  }
});

test('no listed member is internal: nothing of the base classes, nothing @internal, private or protected', () => {
  // What LitElement and its base declare (lifecycle, rendering), from Lit's own types.
  const litNames = new Set(
    [
      'node_modules/@lit/reactive-element/reactive-element.d.ts',
      'node_modules/lit-element/lit-element.d.ts',
    ].flatMap((path) => [...classMembers(path).values()].flatMap((members) => [...members.keys()])),
  );
  assert.ok(litNames.has('requestUpdate') && litNames.has('renderRoot'), 'read Lit declarations');
  const base = classMembers('src/core/co-element.ts').get('CoElement');
  const baseInternal = [...base].filter(([, m]) => m.internal || m.hidden).map(([name]) => name);
  for (const name of ['t', 'tOptional', 'emit', 'reportProblem', 'clearProblem', 'problems'])
    assert.ok(baseInternal.includes(name), `CoElement.${name} is @internal`);

  for (const element of elements) {
    const own = classMembers(element.path.replace(/^dist\/esm\/(.*)\.js$/, 'src/$1.ts')).get(
      element.name,
    );
    for (const member of element.members) {
      const where = `${element.tagName}: ${member.name}`;
      assert.ok(!litNames.has(member.name), `${where} is Lit's`);
      assert.ok(!baseInternal.includes(member.name), `${where} is CoElement's internal`);
      assert.equal(member.privacy, undefined, `${where} is ${member.privacy}`);
      assert.ok(!own?.get(member.name)?.internal, `${where} is @internal`);
      assert.ok(!/Callback$/.test(member.name), `${where} is the browser's callback`);
      assert.ok(
        member.inheritedFrom || own?.has(member.name),
        `${where} is declared by the class (not guessed from an assignment)`,
      );
    }
    assert.ok(
      !element.events.some((e) => e.name === 'type'),
      `${element.tagName}: no event "type"`,
    );
  }
});

test('every member, attribute, slot, part and CSS property listed is described', () => {
  for (const element of elements) {
    for (const kind of ['members', 'attributes', 'slots', 'cssParts', 'cssProperties'])
      for (const entry of element[kind] ?? [])
        assert.ok(entry.description?.trim(), `${element.tagName} ${kind}: ${entry.name}`);
  }
});

test('every path the manifest names exists in the built package, under dist/', () => {
  const paths = new Set();
  const collect = (value) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof inner === 'string') paths.add(inner);
        else collect(inner);
      }
  };
  collect(manifest.modules);
  assert.ok(paths.size > 100);
  const missing = [...paths].filter((path) => !existsSync(join(root, path)));
  assert.deepEqual(missing, []);
  for (const path of paths) assert.match(path, /^dist\/esm\/.*\.js$/);
  for (const path of pkg.files) if (path !== 'README.md') assert.ok(existsSync(join(root, path)));
});

test('the published .d.ts keep every documented member and drop the internal ones', () => {
  const dts = (path) => classMembers(path.replace(/\.js$/, '.d.ts'));
  const base = dts('dist/esm/core/co-element.js').get('CoElement');
  for (const name of ['t', 'tOptional', 'emit', 'reportProblem', 'clearProblem', 'problems'])
    assert.ok(!base.has(name), `CoElement.${name} is stripped`);
  for (const element of elements) {
    const declared = dts(element.path).get(element.name);
    assert.ok(declared, `${element.path} declares ${element.name}`);
    for (const member of element.members) {
      const owner = member.inheritedFrom ? base : declared;
      assert.ok(owner.has(member.name), `${element.tagName}: ${member.name} is in the .d.ts`);
    }
    for (const attribute of element.attributes ?? [])
      if (attribute.fieldName)
        assert.ok(
          declared.has(attribute.fieldName) || base.has(attribute.fieldName),
          `${element.tagName}: ${attribute.fieldName} (${attribute.name})`,
        );
  }
});

/** Type-checks files strictly, with the packages' own types checked too (skipLibCheck off). */
function typeCheck(files, options = {}) {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    ...options,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) =>
      [
        d.file ? `${d.file.fileName.slice(root.length)}: ` : '',
        ts.flattenDiagnosticMessageText(d.messageText, '\n'),
      ].join(''),
    );
}

test(
  'the published types and the JSX types check strictly, and a TSX page with the elements type-checks',
  () => {
    // together-kit/react's types bring React's own, whose JSX is not the page's global one:
    // they are checked with React's types in the next test.
    const published = filesUnder('dist/esm').filter(
      (p) => p.endsWith('.d.ts') && !p.endsWith('/react.d.ts'),
    );
    const errors = typeCheck(
      [...published, 'test/fixtures/consumer-types/jsx-usage.tsx'].map((p) => join(root, p)),
      { jsx: ts.JsxEmit.Preserve },
    );
    assert.deepEqual(errors, []);
  },
  { timeout: 180_000 },
);

test('React 19: the raw tags are typed as the README says', { timeout: 180_000 }, () => {
  const errors = typeCheck(
    [join(root, 'test/fixtures/consumer-types/react-usage.tsx'), join(root, 'dist/esm/react.d.ts')],
    {
      jsx: ts.JsxEmit.ReactJSX,
      types: ['react'],
    },
  );
  assert.deepEqual(errors, []);
});

test('Vue: the elements are typed GlobalComponents', { timeout: 180_000 }, () => {
  const errors = typeCheck([join(root, 'test/fixtures/consumer-types/vue-usage.ts')]);
  assert.deepEqual(errors, []);
});

test('editor data: VS Code custom data and JetBrains web-types name every element', () => {
  const tags = elements.map((e) => e.tagName).sort();
  const vscode = readJson('dist/vscode.html-custom-data.json');
  assert.deepEqual(vscode.tags.map((t) => t.name).sort(), tags);
  const vote = vscode.tags.find((t) => t.name === 'co-partnership-vote');
  assert.ok(vote.attributes.some((a) => a.name === 'options'));
  assert.ok(!vote.attributes.some((a) => a.name === 'type'));

  assert.equal(pkg['web-types'], './dist/web-types.json');
  const webTypes = readJson(pkg['web-types']);
  assert.equal(webTypes.name, pkg.name);
  assert.equal(webTypes.version, pkg.version);
  const html = webTypes.contributions.html.elements;
  assert.deepEqual(html.map((e) => e.name).sort(), tags);
  const voteEvents = html.find((e) => e.name === 'co-partnership-vote').js.events;
  assert.deepEqual(voteEvents.map((e) => e.name).sort(), ['co-change', 'co-error', 'co-vote']);
  for (const name of ['./types/jsx', './types/vue'])
    assert.ok(existsSync(join(root, pkg.exports[name].types)), name);
  assert.ok(read('README.md').includes('vscode.html-custom-data.json'), 'README says how');
});

test('source maps of dist/esm carry every source, so they resolve without src/', () => {
  const maps = filesUnder('dist/esm').filter((p) => p.endsWith('.js.map'));
  assert.ok(maps.length > 100);
  for (const path of maps) {
    const map = readJson(path);
    assert.equal(map.sourcesContent?.length, map.sources.length, path);
    map.sources.forEach((source, i) => {
      assert.equal(typeof map.sourcesContent[i], 'string', `${path}: ${source}`);
      // The path still names the real file, for a reader of the repository.
      assert.ok(existsSync(join(root, path, '..', source)), `${path}: ${source}`);
    });
  }
});
