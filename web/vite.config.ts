import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { appDefine } from "./app-version.ts";
import { mainManifest } from "./manifest.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * vite-plugin-pwa links its (teacher) manifest from every HTML entry. The verifier installs
 * on its own, so its page links /verificar.webmanifest instead.
 */
function verifierManifestLink(): Plugin {
  return {
    name: "carnet:verifier-manifest-link",
    enforce: "post",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        if (!ctx.path.endsWith("/verificar.html")) return html;
        const replaced = html.replace(
          /<link rel="manifest" href="\/manifest\.webmanifest"[^>]*>/,
          '<link rel="manifest" href="/verificar.webmanifest">',
        );
        if (replaced === html) throw new Error("verificar.html: manifest link not found");
        return replaced;
      },
    },
  };
}

export default defineConfig({
  root,
  base: "/",
  define: appDefine(),
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    rolldownOptions: {
      // ZXing's modules have no side effects at import (TOOLCHAIN.md: 125 KB → 30 KB gzip for
      // the lazily loaded QR decoder); everything else keeps the default analysis.
      treeshake: {
        moduleSideEffects: (id) => (/[\\/]node_modules[\\/]@zxing[\\/]/.test(id) ? false : undefined),
      },
      input: {
        index: fileURLToPath(new URL("index.html", import.meta.url)),
        verificar: fileURLToPath(new URL("verificar.html", import.meta.url)),
      },
    },
  },
  plugins: [
    preact(),
    VitePWA({
      strategies: "injectManifest",
      srcDir: "src",
      filename: "sw.ts",
      injectRegister: false,
      manifest: mainManifest,
      injectManifest: {
        globPatterns: ["**/*.{js,css,html,svg}"],
      },
      devOptions: { enabled: false },
    }),
    verifierManifestLink(),
  ],
});
