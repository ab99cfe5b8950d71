import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const API = process.env.API_URL ?? "http://127.0.0.1:4000";

export default defineConfig({
  base: "/",
  plugins: [react()],
  server: { port: 4712, proxy: { "/graphql": { target: API, changeOrigin: true } } },
  preview: { port: 4712, proxy: { "/graphql": { target: API, changeOrigin: true } } },
  build: { outDir: "dist", sourcemap: false, chunkSizeWarningLimit: 400 },
});
