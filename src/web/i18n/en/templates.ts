/** English strings of the templates screens (issue 4); en.ts mounts them under "templates". */
export const templatesEn = {
  title: "Templates",
} as const;
