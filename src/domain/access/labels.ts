const labels: Record<string, string> = {
  owner: "Owner",
  admin: "Admin",
  partner_manager: "Partner manager",
  interviewer: "Interviewer",
  viewer: "Viewer",
  partner_admin: "Partner admin",
  partner_member: "Partner member",
};

/** The English name of a role, for emails; the web client translates through its catalogue. */
export function roleLabel(role: string): string {
  return labels[role] ?? role;
}
