import { createHash, randomBytes, randomUUID } from "node:crypto";

/** The one id generator: random UUIDs, also used for better-auth's rows. */
export const newId = (): string => randomUUID();

/** A secret for a link or token: 32 random bytes, URL-safe. */
export const newSecret = (): string => randomBytes(32).toString("base64url");

/** Secrets are stored only as their SHA-256, so a database leak does not leak working links. */
export const hashSecret = (secret: string): string => createHash("sha256").update(secret).digest("hex");
