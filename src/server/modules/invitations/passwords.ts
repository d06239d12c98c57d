import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (19 MiB, 2 passes), the OWASP baseline.
export const hashPassword = (password: string): Promise<string> => hash(password, { algorithm: 2 });
export const verifyPassword = (data: { hash: string; password: string }): Promise<boolean> => verify(data.hash, data.password);
