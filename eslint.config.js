import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Functions stay short enough to read at a glance; longer ones are split into named steps.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Only the action talks to the runner: everything else takes a Logger and plain values, so
    // the CLI and the tests run the same engine without @actions/*.
    files: ['src/**/*.ts'],
    ignores: ['src/action/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*'],
              message:
                'Only src/action/ imports @actions/*: pass a Logger or plain values instead.',
            },
          ],
        },
      ],
    },
  },
  {
    // analyze/ and report/ compute and format what they are given: they may name SDK types, never
    // call AWS. (report/ writes files; it just never reaches a service.)
    files: ['src/analyze/**/*.ts', 'src/format/**/*.ts', 'src/report/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@aws-sdk/*', '@smithy/*'],
              allowTypeImports: true,
              message: 'analyze/ and report/ never call AWS: import SDK types only.',
            },
            {
              group: ['@actions/*'],
              message:
                'Only src/action/ imports @actions/*: pass a Logger or plain values instead.',
            },
          ],
        },
      ],
    },
  },
  {
    // plan/ judges a Terraform plan file: it needs no AWS access and no runner, so it imports
    // neither the SDK (not even its types) nor @actions/*.
    files: ['src/plan/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@aws-sdk/*', '@smithy/*', '@actions/*'],
              message: 'plan/ reads plan files only: no AWS SDK, no @actions/*.',
            },
          ],
        },
      ],
    },
  },
  {
    // model/ is the data every stage shares: shapes and constants only, no package and no SDK
    // value (the layout test keeps it from importing the rest of src/ too).
    files: ['src/model/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^[^.]',
              message: 'model/ holds plain data: no package, not even for types.',
            },
          ],
        },
      ],
    },
  },
  {
    // The HTML report's script runs in the reader's browser (bundled by scripts/pageScript.ts):
    // browser globals and no Node ones; it imports only the project's own pure modules, so the
    // page never carries a package or anything of Node.
    files: ['src/report/html/page/**/*.ts'],
    languageOptions: {
      globals: { ...globals.browser, process: 'off', Buffer: 'off' },
    },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^[^.]',
              message:
                "The page script runs in a browser: import only the project's own pure modules.",
            },
          ],
        },
      ],
    },
  },
);
