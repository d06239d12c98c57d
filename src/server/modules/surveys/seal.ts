import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { z } from "zod";
import { SurveyAnswerValue } from "../../../domain/trust/anonymous-survey";
import type { AnswerRow, PendingBundle } from "../../../domain/trust/anonymous-storage";
import type { Config } from "../../config";

/*
 * Sealing of pending answer bundles (ADR 0016). A pending bundle sits in the same transaction as
 * its author's "has answered" row until its batch is released, so the database must not be able
 * to read it: it is encrypted with AES-256-GCM under a key derived (HKDF) from the server's
 * secret, which is not in the database. The plaintext is padded to a fixed block so the length
 * of the ciphertext does not hint at the answers (a long option against a short one).
 */

// Outside production a fixed development secret is enough (production requires AUTH_SECRET).
const developmentSecret = "accord-development-survey-secret-not-for-production";
const ivBytes = 12;
const tagBytes = 16;
const blockBytes = 1024;
const lengthBytes = 4;

const SealedAnswers = z.array(z.object({ questionKey: z.string(), value: SurveyAnswerValue }));

function keyFor(config: Pick<Config, "authSecret">, surveyId: string): Buffer {
  return Buffer.from(hkdfSync("sha256", config.authSecret ?? developmentSecret, "accord-survey-pending", `survey:${surveyId}`, 32));
}

function padded(json: string): Buffer {
  const body = Buffer.from(json, "utf8");
  const total = Math.ceil((lengthBytes + body.length) / blockBytes) * blockBytes;
  const plain = Buffer.alloc(total);
  plain.writeUInt32BE(body.length, 0);
  body.copy(plain, lengthBytes);
  return plain;
}

/** Encrypts one person's answers; the survey id is bound in as associated data. */
export function sealAnswers(config: Pick<Config, "authSecret">, surveyId: string, answers: readonly AnswerRow[]): Buffer {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv("aes-256-gcm", keyFor(config, surveyId), iv);
  cipher.setAAD(Buffer.from(surveyId, "utf8"));
  const encrypted = Buffer.concat([cipher.update(padded(JSON.stringify(answers))), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), encrypted]);
}

/** Opens a sealed bundle; a bundle that does not open (wrong key, tampered) throws. */
export function openAnswers(config: Pick<Config, "authSecret">, surveyId: string, sealed: Uint8Array): PendingBundle {
  const bytes = Buffer.from(sealed);
  const decipher = createDecipheriv("aes-256-gcm", keyFor(config, surveyId), bytes.subarray(0, ivBytes));
  decipher.setAAD(Buffer.from(surveyId, "utf8"));
  decipher.setAuthTag(bytes.subarray(ivBytes, ivBytes + tagBytes));
  const plain = Buffer.concat([decipher.update(bytes.subarray(ivBytes + tagBytes)), decipher.final()]);
  const length = plain.readUInt32BE(0);
  return { answers: SealedAnswers.parse(JSON.parse(plain.subarray(lengthBytes, lengthBytes + length).toString("utf8"))) };
}
