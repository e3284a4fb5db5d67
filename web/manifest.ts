import type { ManifestOptions } from "vite-plugin-pwa";

/** Brand colours, the same as in src/styles.css and the HTML theme-color. */
export const THEME_COLOR = "#0a3a78";
export const BACKGROUND_COLOR = "#ffffff";

/** The teacher app's web manifest (served as /manifest.webmanifest). */
export const mainManifest: Partial<ManifestOptions> = {
  id: "/",
  name: "Carnet Docente Digital",
  short_name: "Carnet Docente",
  description:
    "Carnet digital del magisterio fiscal del Ecuador: identifícate como docente o directivo y accede a los beneficios de los aliados estratégicos, también sin conexión.",
  lang: "es-EC",
  dir: "ltr",
  start_url: "/",
  scope: "/",
  display: "standalone",
  theme_color: THEME_COLOR,
  background_color: BACKGROUND_COLOR,
  categories: ["education", "utilities"],
  icons: [
    { src: "/icons/teacher-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
    { src: "/icons/teacher-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
    { src: "/icons/teacher-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
  ],
  shortcuts: [
    {
      name: "Mi carnet",
      short_name: "Mi carnet",
      description: "Mostrar mi carnet docente",
      url: "/",
      icons: [{ src: "/icons/teacher-192.png", sizes: "192x192", type: "image/png" }],
    },
    {
      name: "Verificar carnet",
      short_name: "Verificar",
      description: "Abrir el verificador de carnets",
      url: "/verificar",
      icons: [{ src: "/icons/verifier-192.png", sizes: "192x192", type: "image/png" }],
    },
  ],
};
