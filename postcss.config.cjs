/* global module */
// Mantine's PostCSS preset: rem() helpers, light/dark mixins and breakpoint variables.
module.exports = {
  plugins: {
    "postcss-preset-mantine": {},
  },
};
