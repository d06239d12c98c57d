import { AppError } from "../../errors";

export const tooLarge = (limitBytes: number) =>
  new AppError(413, "File too large", `The file is larger than this step accepts: at most ${formatMb(limitBytes)}. Send a smaller file, or split it.`);

function formatMb(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
