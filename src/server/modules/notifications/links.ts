/** Which half of the app a person uses: staff pages or the partner portal. */
export type Audience = "staff" | "partner";

/**
 * The app path of a journey step: staff open it on the partner's journey page, partner users in
 * their portal. Notifications store this path; emails put the public URL in front of it.
 */
export function journeyStepLink(workspaceSlug: string, partnerId: string, stepId: string, audience: Audience): string {
  const ws = encodeURIComponent(workspaceSlug);
  const step = encodeURIComponent(stepId);
  return audience === "staff" ? `/w/${ws}/partners/${encodeURIComponent(partnerId)}/journey?step=${step}` : `/w/${ws}/portal/journey?step=${step}`;
}

/** An absolute URL for an email; a notification without a link opens the app itself. */
export function absoluteLink(publicUrl: string, link: string | null): string {
  return `${publicUrl}${link ?? "/"}`;
}
