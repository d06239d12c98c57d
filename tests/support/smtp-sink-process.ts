import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";

export { freePort } from "./free-port";

const sinkScript = fileURLToPath(new URL("./smtp-sink.ts", import.meta.url));
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

export interface SmtpSink {
  /** Stops the server process and waits until it has exited. */
  stop(): Promise<void>;
}

/** Starts tests/support/smtp-sink.ts as a child process and resolves once it listens. */
export async function startSmtpSink(port: number, file: string): Promise<SmtpSink> {
  const child = spawn(process.execPath, ["--import", "tsx", sinkScript, String(port), file], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the SMTP sink did not start within 20 s: ${stderr}`)), 20_000);
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes(`listening ${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the SMTP sink exited (${String(code)}) before listening: ${stderr}`));
    });
  });
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
        child.once("exit", () => {
          clearTimeout(force);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}

const SinkLine = z.object({ from: z.string().nullable(), to: z.array(z.string()), raw: z.string() });
export type ReceivedMessage = z.infer<typeof SinkLine>;

/** Every message the sink has written to its file so far. */
export function receivedMessages(file: string): ReceivedMessage[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => SinkLine.parse(JSON.parse(line)));
}

/** A header of a raw RFC 822 message, unfolded; undefined when absent. */
export function headerOf(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? "";
  const lines = head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/);
  const prefix = `${name.toLowerCase()}:`;
  return lines.find((line) => line.toLowerCase().startsWith(prefix))?.slice(prefix.length).trim();
}

/** The message with quoted-printable soft breaks and escapes undone, so links read whole. */
export function decodedText(raw: string): string {
  return raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
