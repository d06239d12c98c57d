// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const relativeInto = (folder) => [`**/${folder}/**`, `../${folder}/*`, `../../${folder}/*`, `../../../${folder}/*`];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "data/**", ".tmp/**", "coverage/**", "src/server/db/migrations/**"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/ban-ts-comment": "error",
    },
  },
  // The import direction of STYLE.md: web → domain ← server. The domain imports zod only.
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^(?!zod$)(?!\\.{1,2}/)", message: "src/domain is pure: it may import zod and other domain files only." }, { group: relativeInto("server"), message: "The domain must not import the server." }, { group: relativeInto("web"), message: "The domain must not import the web client." }] },
      ],
    },
  },
  // Unit tests live next to the domain code; besides zod and the domain they may import vitest and fast-check.
  {
    files: ["src/domain/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^(?!zod$)(?!vitest$)(?!fast-check$)(?!\\.{1,2}/)", message: "Domain tests may import zod, vitest, fast-check and domain files only." }, { group: relativeInto("server"), message: "The domain must not import the server." }, { group: relativeInto("web"), message: "The domain must not import the web client." }] },
      ],
    },
  },
  {
    files: ["src/server/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: relativeInto("web"), message: "The server must not import the web client; share through src/domain." }] }] },
  },
  {
    files: ["src/web/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: relativeInto("server"), message: "The web client must not import the server; share through src/domain." }] }] },
  },
  {
    files: ["scripts/**/*.mjs", "*.js"],
    languageOptions: { globals: { console: "readonly", process: "readonly", URL: "readonly" } },
  },
);
