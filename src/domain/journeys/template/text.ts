import { z } from "zod";

/** A trimmed, non-empty piece of text with a length limit a person can read in the message. */
export const text = (max: number) => z.string().trim().min(1, "cannot be empty").max(max, `at most ${max} characters`);
