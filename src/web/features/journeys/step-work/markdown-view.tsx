import { Typography } from "@mantine/core";
import DOMPurify from "dompurify";
import { Marked } from "marked";
import { useMemo } from "react";

/*
 * A template's markdown, shown safely. It sits in its own chunk (loaded with the first document
 * step). Raw HTML in the document is shown as text, never as markup, and the result goes through
 * DOMPurify anyway; headings start at level 4 so they fit under the page's own headings.
 */

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const markdown = new Marked({
  gfm: true,
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
    heading({ tokens, depth }) {
      const level = Math.min(depth + 3, 6);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
  },
});

const purify = DOMPurify();
// Links in a document open beside the app, and the page they open cannot reach back into it.
purify.addHook("afterSanitizeAttributes", (node) => {
  if (node.tagName === "A" && node.hasAttribute("href")) {
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer");
  }
});

export function renderMarkdown(source: string): string {
  const html = markdown.parse(source, { async: false });
  return purify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ["style", "form", "input", "button", "img"] });
}

export default function MarkdownView({ source }: { source: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return (
    <Typography>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
