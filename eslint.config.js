import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Import rules that keep the layers in ARCHITECTURE.md from rotting. */
const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const noReact = { group: ['react', 'react-dom', 'react-*', 'zustand', 'leaflet', 'i18next'], message: 'src/domain is pure TypeScript: no React, stores, DOM libraries or i18n.' };
const noState = { group: ['**/state/**'], message: 'This layer must not depend on the store.' };
const noIo = { group: ['**/io/**'], message: 'This layer must not do I/O.' };
const noFeatures = { group: ['**/features/**'], message: 'Features are composed in src/app only.' };
const noApp = { group: ['**/app/**'], message: 'Only main.tsx imports src/app.' };
const noUi = { group: ['**/ui/**'], message: 'src/ui serves the views (React hooks and helpers); this layer sits below it.' };
const noTests = { group: ['**/tests/**'], message: 'The app never depends on its tests.' };
const noTranslationHooks = { group: ['react-i18next'], message: 'Take the words as a `t` argument: this layer does not know React translation hooks.' };

const textAsText = [
  { selector: "CallExpression[callee.property.name='html']", message: 'Never render data as HTML: use .text().' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Text from data is rendered as text, never as HTML.' },
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Text from data is rendered as text, never as HTML: use textContent.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Text from data is rendered as text, never as HTML.' },
];
const oneTextAccessor = {
  selector: "MemberExpression[computed=true][property.name=/^(language|lang|lng)$/][object.type='MemberExpression']",
  message: 'Read a text of the data with dataText(text, language): it falls back to French when the data has no translation.',
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'tests/bench/results', 'tests/bench/dist-naive', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', ...textAsText],
    },
  },
  { files: ['src/**/*.{ts,tsx}'], rules: { 'no-restricted-syntax': ['error', ...textAsText, oneTextAccessor] } },
  layer(['src/domain/**'], [noReact, noState, noIo, noFeatures, noApp]),
  layer(['src/state/**'], [noIo, noFeatures, noApp, noUi, noTranslationHooks]),
  layer(['src/io/**'], [noState, noFeatures, noApp, noUi]),
  layer(['src/ui/**'], [noState, noIo, noFeatures, noApp]),
  // The words: they may read the domain's types, nothing above it.
  layer(['src/i18n/**'], [noState, noIo, noFeatures, noApp, noUi]),
  layer(['src/app/**'], [noTests]),
  {
    files: ['src/features/*/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noApp, { regex: '^\\.\\./[^.]|/features/', message: 'A feature must not import another feature: move the shared piece to src/ui or src/domain.' }] },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], languageOptions: { globals: { ...globals.node } } },
);
