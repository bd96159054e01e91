import antfu from '@antfu/eslint-config'

// Slidev's own conventions (https://github.com/antfu/eslint-config). Pinned to 7.7.3 with
// eslint-flat-config-utils 3.0.2 (package.json overrides): later releases call Node 22's
// Object.groupBy and Set.prototype.union, and the project runs on Node 20.
export default antfu(
  {
    ignores: ['output/**', 'dist/**', '**/__snapshots__/**', 'tmp-spike/**'],
  },
  {
    rules: {
      // A pattern stays beside the code that reads it; none runs in a loop hot enough to matter.
      'e18e/prefer-static-regex': 'off',
      // A one-statement callback reads best on the line that passes it.
      'style/max-statements-per-line': 'off',
      // A module's constants may be named by functions above them: they run after it has loaded.
      'ts/no-use-before-define': ['error', { functions: false, classes: false, variables: false }],
    },
  },
  {
    // Templates here set text and inline elements in runs where a line break would be a
    // space on the slide (a no-break space before a marker, a clause inside a sentence):
    // these rules would break such runs across lines, and their fixes changed what shows.
    files: ['**/*.vue'],
    rules: {
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
    },
  },
  {
    // One h1 per slide: a slide file with several pages has several.
    files: ['slides/**/*.md', '*.md'],
    rules: { 'markdown/no-multiple-h1': 'off' },
  },
  {
    // Command-line scripts and the suite's per-slide tables print on purpose.
    files: ['scripts/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
)
