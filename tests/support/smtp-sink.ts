import { appendFileSync } from "node:fs";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server for delivery tests, run as its own process:
 *   node --import tsx tests/support/smtp-sink.ts <port> <file>   (or SMTP_SINK_PORT / SMTP_SINK_FILE)
 * It accepts every message (no TLS, no auth) on 127.0.0.1 and appends each one to <file> as a JSON
 * line {from, to, raw} before it answers 250, so a sender that got its reply finds the message in
 * the file. It prints "listening <port>" once it accepts connections.
 */
const port = Number(process.argv[2] ?? process.env.SMTP_SINK_PORT);
const file = process.argv[3] ?? process.env.SMTP_SINK_FILE;
if (!Number.isInteger(port) || port <= 0 || !file) {
  console.error("usage: smtp-sink.ts <port> <file>");
  process.exit(2);
}

const server = new SMTPServer({
  secure: false,
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("error", callback);
    stream.on("end", () => {
      const from = session.envelope.mailFrom === false ? null : session.envelope.mailFrom.address;
      const to = session.envelope.rcptTo.map((r) => r.address);
      appendFileSync(file, `${JSON.stringify({ from, to, raw: Buffer.concat(chunks).toString("utf8") })}\n`);
      callback();
    });
  },
});

server.on("error", (error) => {
  console.error(`smtp-sink: ${error.message}`);
  process.exit(1);
});
server.listen(port, "127.0.0.1", () => console.log(`listening ${port}`));

const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
