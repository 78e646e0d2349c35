import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';

// HTML and code sinks are forbidden in src/ (DESIGN.md, Security): user text reaches the page
// only through Lit bindings. scripts/lint-selftest is the fixture that proves these fire.
const forbiddenSinks = [
  {
    selector: "MemberExpression[property.name='innerHTML']",
    message: 'innerHTML is forbidden: render through Lit bindings.',
  },
  {
    selector: "MemberExpression[property.name='outerHTML']",
    message: 'outerHTML is forbidden: render through Lit bindings.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'insertAdjacentHTML is forbidden: render through Lit bindings.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    message: 'document.write is forbidden.',
  },
  {
    selector: 'Identifier[name=/^unsafe(HTML|CSS|SVG)$/]',
    message: 'unsafeHTML/unsafeCSS/unsafeSVG are forbidden: user text only through Lit bindings.',
  },
  { selector: "CallExpression[callee.name='eval']", message: 'eval is forbidden.' },
  { selector: "NewExpression[callee.name='Function']", message: 'new Function is forbidden.' },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'storybook-static',
      'coverage',
      'custom-elements.json',
      'test/fixtures/lint/**',
      'server/lib',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-undef': 'off',
    },
  },
  {
    // chai's `expect(x).to.be.true` is an expression statement by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...forbiddenSinks],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'unsafeHTML is forbidden.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'unsafeSVG is forbidden.' },
          ],
        },
      ],
    },
  },
  {
    // The floors of the house (DESIGN.md): core imports nothing from components.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'lit/directives/unsafe-html.js', message: 'unsafeHTML is forbidden.' }],
          patterns: [
            { regex: 'components/', message: 'src/core must not import from components/.' },
          ],
        },
      ],
    },
  },
  {
    // Elements never import each other: what two share lives in core/.
    files: ['src/components/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'lit/directives/unsafe-html.js', message: 'unsafeHTML is forbidden.' }],
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\./core/)',
              message: 'Elements never import each other; move what they share to src/core/.',
            },
            { regex: '^\\.\\./\\.\\./(?!core/)', message: 'Elements import only from src/core/.' },
          ],
        },
      ],
    },
  },
);
