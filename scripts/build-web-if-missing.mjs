// `npm start` on a fresh clone builds the web app once; later starts skip straight to the server.
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";

if (!existsSync(new URL("../dist/web/index.html", import.meta.url))) {
  console.log("Building the web app (first start only)…");
  execSync("npx vite build --logLevel warn", { stdio: "inherit" });
}
