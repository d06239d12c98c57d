import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/server/config";

const secret = "a-secret-of-at-least-thirty-two-characters";

/** The message loadConfig stops with, or a failure when it accepts the environment. */
function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe("loadConfig refuses a wrong setting and names the variable", () => {
  it.each([
    ["a PORT that is not a number", { PORT: "eighty" }, "PORT"],
    ["a PORT out of range", { PORT: "70000" }, "PORT"],
    ["a DATABASE_URL that is not PostgreSQL", { DATABASE_URL: "mysql://db/accord" }, "DATABASE_URL"],
    ["an AUTH_SECRET shorter than 32 characters", { AUTH_SECRET: "short" }, "AUTH_SECRET"],
    ["production without AUTH_SECRET", { NODE_ENV: "production" }, "AUTH_SECRET"],
    ["an SMTP_URL that is not smtp://", { SMTP_URL: "http://mail.example" }, "SMTP_URL"],
    ["a DEMO flag that is neither 0/1 nor true/false", { DEMO: "yes" }, "DEMO"],
    ["a BODY_LIMIT_BYTES below 1 KiB", { BODY_LIMIT_BYTES: "10" }, "BODY_LIMIT_BYTES"],
    ["an UPLOAD_MAX_MB above 100", { UPLOAD_MAX_MB: "500" }, "UPLOAD_MAX_MB"],
    ["a STORAGE backend that does not exist", { STORAGE: "s3" }, "STORAGE"],
  ])("refuses %s", (_case, env, variable) => {
    const message = refusal(env);
    expect(message).toMatch(/^Invalid configuration:/);
    expect(message).toMatch(new RegExp(`^\\s+${variable}: `, "m"));
  });

  it("explains what a DATABASE_URL must look like", () => {
    expect(refusal({ DATABASE_URL: "mysql://db/accord" })).toContain("must start with postgres://");
  });

  it("lists every wrong variable at once", () => {
    const message = refusal({ PORT: "-1", AUTH_SECRET: "short" });
    expect(message).toMatch(/^\s+PORT: /m);
    expect(message).toMatch(/^\s+AUTH_SECRET: /m);
  });
});

describe("loadConfig defaults", () => {
  it("listens on port 3000 with a public URL to match, and treats empty values as unset", () => {
    const config = loadConfig({ PORT: "", DATABASE_URL: "" });
    expect(config).toMatchObject({ port: 3000, host: "127.0.0.1", publicUrl: "http://localhost:3000", env: "development", databaseUrl: undefined });
    expect(loadConfig({ PORT: "8080" }).publicUrl).toBe("http://localhost:8080");
    expect(loadConfig({ PUBLIC_URL: "https://accord.example.com/" }).publicUrl).toBe("https://accord.example.com");
  });

  it("turns the demo on for the embedded database outside production only", () => {
    expect(loadConfig({}).demo).toBe(true);
    expect(loadConfig({ NODE_ENV: "test" }).demo).toBe(true);
    expect(loadConfig({ DATABASE_URL: "postgres://db/accord" }).demo).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", AUTH_SECRET: secret }).demo).toBe(false);
  });

  it("lets DEMO override the default either way", () => {
    expect(loadConfig({ DEMO: "0" }).demo).toBe(false);
    expect(loadConfig({ DEMO: "false" }).demo).toBe(false);
    expect(loadConfig({ DEMO: "1", DATABASE_URL: "postgresql://db/accord" }).demo).toBe(true);
  });

  it("accepts production with a long enough AUTH_SECRET", () => {
    expect(loadConfig({ NODE_ENV: "production", AUTH_SECRET: secret, DATABASE_URL: "postgres://db/accord" })).toMatchObject({ env: "production", authSecret: secret, demo: false });
  });
});
