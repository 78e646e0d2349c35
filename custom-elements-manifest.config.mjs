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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  // package.json names the manifest itself; the analyzer must not rewrite it on every run.
  packagejson: false,
  plugins: [defineElementPlugin()],
};
