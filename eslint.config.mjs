// ESLint flat config: typescript-eslint's recommended rules (not type-checked: fast on small machines), the React
// hooks rules, and the house limits (files under 300 lines outside tests). Formatting is Prettier's job, not ESLint's.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const TESTS = ["**/*.test.ts", "**/*.test.tsx", "tests/**", "e2e/**"];

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "generated/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mjs,js}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
      // Small files with one job (STYLE.md); tests may be longer.
      "max-lines": ["error", { max: 300 }],
    },
  },
  {
    files: ["components/**/*.tsx", "components/**/*.ts", "lib/editor-store/**/*.{ts,tsx}", "app/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  // Tests may be longer, and read JSON answers whose shape is what they assert.
  { files: TESTS, rules: { "max-lines": "off", "@typescript-eslint/no-explicit-any": "off" } },
);
