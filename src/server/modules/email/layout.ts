/**
 * The frame every HTML email wears, built-in or written by an admin: one readable column and a
 * quiet footer. Both arguments are HTML the caller has already made safe (escaped, or Liquid
 * that escapes its output).
 */
export function emailShell(bodyHtml: string, footerHtml: string): string {
  return `<!doctype html>
<html lang="en"><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1b1e; max-width: 560px">
${bodyHtml}
<p style="color: #5c5f66; font-size: 13px">${footerHtml}</p>
</body></html>`;
}
