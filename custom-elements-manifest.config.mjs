// custom-elements.json describes the published package, not the source tree: element names and
// their public API only, events with their detail types, and module paths into dist/esm. The
// framework types and editor data are generated from it in the same run (see the last plugins).
import { posix } from 'node:path';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

/** Where the generated types and editor data go; package.json names each file. */
const typesDir = 'dist/types';

/**
 * Members a page never uses although TypeScript makes them public: the callbacks the browser
 * and Lit call. (Lit's own protected members are left out as protected anyway.)
 */
const platformMembers = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'adoptedCallback',
  'formAssociatedCallback',
  'formResetCallback',
  'formStateRestoreCallback',
  'formDisabledCallback',
  'formAssociated',
  'styles',
  'properties',
  'shadowRootOptions',
]);

// The analyzer knows customElements.define() but not our guarded defineElement('co-x', Class);
// this plugin teaches it, so every element gets its tagName (Storybook finds docs by tag).
function defineElementPlugin() {
  return {
    name: 'together-kit-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !classArg || !ts.isStringLiteral(tagArg) || !ts.isIdentifier(classArg)) return;
      const tagName = tagArg.text;
      const className = classArg.getText();
      const declaration = moduleDoc.declarations?.find((d) => d.name === className);
      if (declaration) {
        declaration.tagName = tagName;
        declaration.customElement = true;
      }
      moduleDoc.exports ??= [];
      if (
        !moduleDoc.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tagName)
      ) {
        moduleDoc.exports.push({
          kind: 'custom-element-definition',
          name: tagName,
          declaration: { name: className, module: moduleDoc.path },
        });
      }
    },
  };
}

/**
 * Keeps the public API only. TypeScript classes declare every public member in the class body,
 * so a member the analyzer found elsewhere (`this.renderOptions.creationScope = …` read as a
 * field) is dropped, as are private, protected and `@internal` members (also when inherited),
 * and the browser's callbacks.
 */
function publicApiPlugin() {
  /** Class name → names declared in its body, and those of them marked `@internal`. */
  const declared = new Map();
  const internal = new Map();
  return {
    name: 'together-kit-public-api',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      // By name, as `inheritedFrom` names classes; two classes of one name share their sets.
      const names = declared.get(node.name.text) ?? new Set();
      const hidden = internal.get(node.name.text) ?? new Set();
      for (const member of node.members) {
        if (!member.name || ts.isConstructorDeclaration(member)) continue;
        const name = member.name.getText().replace(/^['"]|['"]$/g, '');
        names.add(name);
        if (ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal'))
          hidden.add(name);
      }
      // Parameter properties (`constructor(readonly x)`) are declared members too.
      const ctor = node.members.find(ts.isConstructorDeclaration);
      for (const param of ctor?.parameters ?? []) {
        if (ts.getModifiers(param)?.length) names.add(param.name.getText());
      }
      declared.set(node.name.text, names);
      internal.set(node.name.text, hidden);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class' || !decl.members) continue;
          const lineage = [decl.name, ...ancestors(customElementsManifest, decl)];
          const hiddenByAncestor = (name) => lineage.some((cls) => internal.get(cls)?.has(name));
          decl.members = decl.members.filter((member) => {
            const owner = member.inheritedFrom?.name ?? decl.name;
            if (member.privacy === 'private' || member.privacy === 'protected') return false;
            if (member.name.startsWith('#') || platformMembers.has(member.name)) return false;
            if (declared.has(owner) && !declared.get(owner).has(member.name)) return false;
            return !hiddenByAncestor(member.name);
          });
          if (decl.attributes) {
            const kept = new Set(decl.members.map((m) => m.name));
            decl.attributes = decl.attributes.filter((a) => !a.fieldName || kept.has(a.fieldName));
          }
        }
      }
    },
  };
}

/** The names of the classes `decl` extends, nearest first, as far as the manifest knows them. */
function ancestors(manifest, decl) {
  const names = [];
  let current = decl;
  while (current?.superclass?.name && !names.includes(current.superclass.name)) {
    const { name } = current.superclass;
    names.push(name);
    current = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => d.kind === 'class' && d.name === name);
  }
  return names;
}

/**
 * Events with their real types. Every `co-*` event is declared in the `CoEventDetails`
 * interface (core/events.ts, extended by each element), which is what `addEventListener` is
 * typed by; the manifest takes each event's detail type from there. An event the analyzer only
 * guessed from code (`new CustomEvent(type, …)` in `emit()` gave a bogus event named `type`) is
 * dropped; an event documented with `@fires` but missing from `CoEventDetails` stops the run.
 */
function eventTypesPlugin() {
  const details = new Map();
  return {
    name: 'together-kit-event-types',
    analyzePhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'CoEventDetails') return;
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.type) continue;
        details.set(member.name.getText().replace(/^['"]|['"]$/g, ''), member.type.getText());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.events) continue;
          decl.events = decl.events.filter((event) => {
            const detail = details.get(event.name);
            if (detail === undefined) {
              if (event.description)
                throw new Error(
                  `${decl.name} documents @fires ${event.name}, which CoEventDetails does not declare`,
                );
              return false;
            }
            event.type = { text: `CustomEvent<${detail}>` };
            return true;
          });
          if (decl.events.length === 0) delete decl.events;
        }
      }
    },
  };
}

/**
 * Module paths as published: `src/x.ts` becomes `dist/esm/x.js`, and a re-export's module as
 * written (`./components/space/space.js`) the same. Exports of types are dropped (they are not
 * JavaScript exports; a module of types only has no .js in the build), and so is the
 * custom-element-definition the analyzer reads into `customElements.define(tag, constructor)`
 * inside defineElement (a bogus element `tag`).
 */
function publishedPathsPlugin() {
  const toDist = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/esm/$1.js');
  const rewrite = (value) => {
    if (Array.isArray(value)) value.forEach(rewrite);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof inner === 'string')
          value[key] = toDist(inner);
        else rewrite(inner);
      }
    }
  };
  /** Module path → names it exports as types only. */
  const typeExports = new Map();
  const seen = new Set();
  return {
    name: 'together-kit-published-paths',
    analyzePhase({ ts, node, moduleDoc }) {
      const file = node.getSourceFile();
      if (seen.has(file.fileName)) return;
      seen.add(file.fileName);
      const types = new Set();
      const isExported = (statement) =>
        ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      for (const statement of file.statements) {
        if (ts.isExportDeclaration(statement) && statement.exportClause) {
          if (!ts.isNamedExports(statement.exportClause)) continue;
          for (const specifier of statement.exportClause.elements)
            if (statement.isTypeOnly || specifier.isTypeOnly) types.add(specifier.name.text);
        } else if (
          (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) &&
          isExported(statement)
        ) {
          types.add(statement.name.text);
        }
      }
      typeExports.set(moduleDoc.path, types);
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const classModule = new Map(
        modules.flatMap((m) =>
          (m.declarations ?? []).filter((d) => d.kind === 'class').map((d) => [d.name, m.path]),
        ),
      );
      for (const mod of modules) {
        const types = typeExports.get(mod.path) ?? new Set();
        mod.exports = (mod.exports ?? []).filter((entry) => {
          if (entry.kind === 'js') return !types.has(entry.name);
          // A definition points at the module that declares the class, not the one that registers it.
          const module = classModule.get(entry.declaration.name);
          if (module) entry.declaration.module = module;
          return module !== undefined;
        });
        for (const entry of mod.exports) {
          const module = entry.declaration?.module;
          if (module?.startsWith('.'))
            entry.declaration.module = posix.join(posix.dirname(mod.path), module);
        }
        if (mod.exports.length === 0) delete mod.exports;
      }
      customElementsManifest.modules = modules.filter(
        (m) => m.declarations?.length || m.exports?.length,
      );
      rewrite(customElementsManifest.modules);
    },
  };
}

/** Where the generated types find the element classes and detail types: the package root. */
const rootTypes = '../esm/index.js';

/**
 * The manifest gives an event's type as the event (`CustomEvent<VoteDetail>`); the JSX and Vue
 * generators wrap the type they are given in `CustomEvent<…>` themselves, so they get a copy
 * that names the detail type alone. As `import('…').VoteDetail`: given a bare name they would
 * import it once per element that fires it (`CoChangeDetail` five times in one import,
 * a duplicate identifier).
 */
function withDetailTypes(manifest) {
  const copy = structuredClone(manifest);
  for (const decl of copy.modules.flatMap((m) => m.declarations ?? [])) {
    for (const event of decl.events ?? []) {
      const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
      if (detail) event.type = { text: `import('${rootTypes}').${detail}` };
    }
  }
  return copy;
}

function frameworkTypesPlugin() {
  const common = {
    outdir: typesDir,
    // The types come from the package root, which exports every element class and detail type.
    globalTypePath: rootTypes,
    hideLogs: true,
  };
  return {
    name: 'together-kit-framework-types',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = withDetailTypes(customElementsManifest);
      generateJsxTypes(manifest, { ...common, fileName: 'jsx.d.ts' });
      generateVuejsTypes(manifest, { ...common, fileName: 'vue.d.ts' });
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  // package.json names the manifest itself; the analyzer must not rewrite it on every run.
  packagejson: false,
  plugins: [
    defineElementPlugin(),
    publicApiPlugin(),
    eventTypesPlugin(),
    publishedPathsPlugin(),
    frameworkTypesPlugin(),
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir: 'dist',
      webTypesFileName: 'web-types.json',
      packageJson: false,
      hideLogs: true,
    }),
  ],
};
