/** English strings of the notifications screens (issue 4); en.ts mounts them under "notifications". */
export const notificationsEn = {
  title: "Notifications",
  bellLabel_zero: "Notifications, none unread",
  bellLabel_one: "Notifications, {{count}} unread",
  bellLabel_other: "Notifications, {{count}} unread",
  listLabel: "Newest notifications",
  unread: "Unread",
  markAllRead: "Mark all read",
  markFailed: "Could not mark the notification read. Please try again.",
  emptyTitle: "Nothing new",
  empty: "Reminders, overdue steps and changes to your work appear here.",
} as const;
