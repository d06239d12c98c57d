/** English strings of the notifications screens (issue 4); en.ts mounts them under "notifications". */
export const notificationsEn = {
  title: "Notifications",
} as const;
