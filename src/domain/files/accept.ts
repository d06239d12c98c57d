/*
 * Which files an upload request takes, and how a stored file's name travels safely in a download.
 * Pure: the server checks uploads with it, the web app uses it to warn before sending.
 */

/** The extension of a file name, lower case with its dot (`.pdf`), or "" when it has none. */
export function extensionOf(fileName: string): string {
  const base = baseName(fileName);
  const dot = base.lastIndexOf(".");
  return dot > 0 && dot < base.length - 1 ? base.slice(dot).toLowerCase() : "";
}

/** The MIME type without parameters (`text/csv; charset=utf-8` → `text/csv`), lower case. */
export function mediaTypeOf(contentType: string): string {
  const semicolon = contentType.indexOf(";");
  return (semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
}

/**
 * Whether a file matches one of the step's accepted types: an extension (`.pdf`) matches the
 * name, a wildcard (`image/*`) the major type, a MIME type (`application/pdf`) the exact type.
 * The template schema has already lower-cased the list.
 */
export function acceptsFile(accept: readonly string[], fileName: string, contentType: string): boolean {
  const extension = extensionOf(fileName);
  const type = mediaTypeOf(contentType);
  const slash = type.indexOf("/");
  const major = slash > 0 ? type.slice(0, slash) : null;
  return accept.some((entry) => {
    if (entry.startsWith(".")) return extension !== "" && entry === extension;
    if (entry.endsWith("/*")) return major !== null && entry.slice(0, -2) === major;
    return entry === type;
  });
}

const maxNameLength = 200;

/** The last path segment of a name a browser or client sent (`C:\\fakepath\\a.pdf` → `a.pdf`). */
function baseName(name: string): string {
  return name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
}

/**
 * A file name fit to store and show: no folders, no control characters, no leading dots (hidden
 * files), at most 200 characters with the extension kept. Null when nothing is left.
 */
export function cleanFileName(name: string): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const cleaned = baseName(name).replace(/[\u0000-\u001f\u007f"]/g, "").trim().replace(/^\.+/, "").trim();
  if (cleaned === "") return null;
  if (cleaned.length <= maxNameLength) return cleaned;
  const extension = extensionOf(cleaned);
  const keep = extension.length < 20 ? extension : "";
  return cleaned.slice(0, maxNameLength - keep.length) + keep;
}

/**
 * A Content-Disposition header that makes the browser save the file under its own name: an
 * ASCII fallback for old clients and the exact name in RFC 5987 form for the rest.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\;]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The accepted types as a person reads them in a message: `.pdf, image/*`. */
export function describeAccept(accept: readonly string[]): string {
  return accept.join(", ");
}
