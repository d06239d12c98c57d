import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * The web app: index.html at the repo root, built into dist/web, which the server serves.
 * In development the Vite server forwards /api to the API server.
 */
export default defineConfig({
  root: ".",
  plugins: [react()],
  build: {
    outDir: "dist/web",
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    proxy: { "/api": { target: "http://127.0.0.1:3000", changeOrigin: false } },
  },
});
