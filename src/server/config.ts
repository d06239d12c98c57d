import { z } from "zod";

const booleanFlag = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");

/**
 * Every setting Accord reads from the environment, validated at start-up. A wrong value stops
 * the process with a message that names the variable (see README "Configuration").
 */
export const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default("127.0.0.1"),
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgres:// (leave it unset for the embedded database)")
      .optional(),
    DATA_DIR: z.string().min(1).default("./data"),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    SMTP_URL: z.string().regex(/^smtps?:\/\//, "must start with smtp:// or smtps://").optional(),
    MAIL_FROM: z.string().min(3).default("Accord <no-reply@accord.localhost>"),
    DEMO: booleanFlag.optional(),
    TRUST_PROXY: booleanFlag.default(false),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(1_048_576),
    SIGN_IN_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    /** The largest uploaded file, whatever a step allows (a step may ask for less). */
    UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(100).default(25),
    /** Where uploaded files live: PostgreSQL only today; a folder or S3 backend goes behind src/server/storage/. */
    STORAGE: z.enum(["postgres"]).default("postgres"),
    /** How often each server process sweeps due reminders, overdue notices and escalations (ADR 0008). */
    TIMER_SWEEP_INTERVAL_MS: z.coerce.number().int().min(1000).max(3_600_000).default(30_000),
    /** How often the stored relationship health scores of every live partner are recomputed (ADR 0017). */
    HEALTH_REFRESH_INTERVAL_MS: z.coerce.number().int().min(10_000).max(86_400_000).default(300_000),
  })
  .transform((env) => ({
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    // Outside production a fixed development secret keeps sessions across restarts.
    authSecret: env.AUTH_SECRET,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    demo: env.DEMO ?? (env.DATABASE_URL === undefined && env.NODE_ENV !== "production"),
    trustProxy: env.TRUST_PROXY,
    logLevel: env.LOG_LEVEL,
    bodyLimit: env.BODY_LIMIT_BYTES,
    signInLimitPerMinute: env.SIGN_IN_LIMIT_PER_MINUTE,
    dbPoolSize: env.DB_POOL_SIZE,
    uploadMaxBytes: env.UPLOAD_MAX_MB * 1024 * 1024,
    storage: env.STORAGE,
    timerSweepIntervalMs: env.TIMER_SWEEP_INTERVAL_MS,
    healthRefreshIntervalMs: env.HEALTH_REFRESH_INTERVAL_MS,
  }))
  .superRefine((config, ctx) => {
    if (config.env === "production" && !config.authSecret) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required when NODE_ENV=production" });
    }
  });

export type Config = z.output<typeof ConfigSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const known = Object.keys(ConfigSchema.in.shape);
  const present = Object.fromEntries(known.filter((k) => env[k] !== undefined && env[k] !== "").map((k) => [k, env[k]]));
  const parsed = ConfigSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
}
