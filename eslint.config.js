import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "out/**", "node_modules/**", "coverage/**", "test-output/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    // No spread over arrays of data into a call: past ~100k items it overflows the call stack (issue 15).
    // Use appendAll / maxOf from src/core/arrays.ts.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name=/^(push|unshift|max|min|fromCharCode|fromCodePoint|splice|apply)$/] > SpreadElement",
          message: "A spread passes every item as an argument and overflows the call stack on large arrays: use appendAll or maxOf (src/core/arrays.ts), or a loop.",
        },
      ],
    },
  },
  {
    // The pure core must not reach Office, React, ExcelJS, Dexie or the DOM.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["exceljs", "react", "react-dom", "dexie", "@fluentui/*", "fflate", "**/adapters/**", "**/taskpane/**", "**/store/**"] }],
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "process", "require", "Buffer"],
    },
  },
  {
    // The package reader runs in the task pane's worker too: no Node, no ExcelJS (Node's zlib is handed in).
    files: ["src/adapters/xlsx/read/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["node:*", "exceljs", "fs", "zlib", "path"] }],
      "no-restricted-globals": ["error", "process", "require", "Buffer"],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", __dirname: "readonly", require: "readonly", module: "writable", URL: "readonly" } },
  },
);
