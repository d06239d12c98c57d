import { z } from "zod";

const text = z.string().min(1).optional().catch(undefined);
export const SignInSearch = z.object({ redirect: text });
export const TokenSearch = z.object({ token: text });
