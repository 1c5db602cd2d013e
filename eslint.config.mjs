// Lint rules for the whole repo; `npm test` runs them. Generated code
// (imports/) and output (dist/, build/) are not linted.
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

// The layers (README, Layout): lib/model is plain data; lib/constructs builds cdk8s objects from it;
// lib/output renders and checks them; apps/ are the programs. Each layer imports only the ones
// before it. Patterns are regular expressions over the import path as written; `(\.\./)+(lib/)?x`
// catches both `../x` and `../../lib/x`. A config object for more specific files replaces the
// rule's options, so each layer lists the library-wide restrictions again.
const libraryWide = [
  {
    regex: '^(\\.\\./)+(apps|environments|test)(/|$)',
    message: 'layer rule: nothing in lib/ imports apps/, environments/ or test/ (the library is what they are built on).',
  },
];
const modelOnly = [
  {
    regex: '^(cdk8s|cdk8s-plus-27|constructs)(/|$)',
    message:
      'layer rule: lib/model is plain typed data and never imports cdk8s, cdk8s-plus-27 or constructs; build objects in lib/constructs.',
  },
  {
    regex: '^(\\.\\./)+imports(/|$)',
    message: 'layer rule: lib/model never imports the generated cdk8s classes (imports/); they belong to lib/constructs.',
  },
  {
    regex: '^(\\.\\./)+(lib/)?constructs(/|$)',
    message: 'layer rule: lib/model never imports lib/constructs; constructs are built from the model, not the other way round.',
  },
  {
    regex: '^(\\.\\./)+(lib/)?output(/|$)',
    message: 'layer rule: lib/model never imports lib/output; rendering and checks of rendered objects come after the model.',
  },
];
const constructsOnly = [
  {
    regex: '^(\\.\\./)+(lib/)?output(/|$)',
    message: 'layer rule: lib/constructs never imports lib/output; output renders and checks what the constructs build.',
  },
];
const layerRule = (patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  // .dist.*: synth's and the bench's scratch folders next to dist/ (the bench's hold copies of the build cache, bundles).
  { ignores: ['dist/', '.dist.*/', 'build/', 'imports/', 'schemas/', 'cdk8s.out/', 'coverage/', 'node_modules/'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/explicit-member-accessibility': ['error', { accessibility: 'explicit' }],
      eqeqeq: 'error',
      'no-console': 'off',
    },
  },
  { files: ['lib/**/*.ts'], rules: layerRule(libraryWide) },
  { files: ['lib/model/**/*.ts'], rules: layerRule([...libraryWide, ...modelOnly]) },
  { files: ['lib/constructs/**/*.ts'], rules: layerRule([...libraryWide, ...constructsOnly]) },
  {
    // The public API is by name: `export *` would publish every helper a module exports.
    files: ['lib/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportAllDeclaration',
          message: 'public API by name: export each public name of the module (README, The public API).',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
