// Renders the PWA icons (teacher app and verifier) from SVG with Debian's Chromium and writes
// them to web/public/icons/. The PNGs are committed; run this again only when the design changes:
//   node scripts/make-icons.mjs
// "maskable" icons are full-bleed and keep every mark inside the central safe zone
// (a circle of radius 0.4 × size), so any launcher mask shows the whole glyph.
import { mkdir, writeFile } from "node:fs/promises";
import { chromium } from "playwright-core";

const OUT = new URL("../web/public/icons/", import.meta.url);
const BLUE = "#0a3a78";
const YELLOW = "#ffd100";
const WHITE = "#ffffff";

/** The teacher glyph: an ID card with a portrait, text lines and a flag-coloured band. */
const teacherGlyph = `
  <rect x="96" y="146" width="320" height="220" rx="28" fill="${WHITE}"/>
  <path d="M96 318h320v20a28 28 0 0 1-28 28H124a28 28 0 0 1-28-28z" fill="${YELLOW}"/>
  <circle cx="178" cy="222" r="36" fill="${BLUE}"/>
  <path d="M122 306c0-34 25-54 56-54s56 20 56 54z" fill="${BLUE}"/>
  <rect x="252" y="196" width="132" height="22" rx="11" fill="${BLUE}"/>
  <rect x="252" y="236" width="104" height="18" rx="9" fill="${BLUE}" opacity="0.55"/>
  <rect x="252" y="270" width="118" height="18" rx="9" fill="${BLUE}" opacity="0.55"/>`;

/** The verifier glyph: scan-frame corners around a check mark. */
const verifierGlyph = `
  <g fill="none" stroke="${YELLOW}" stroke-width="30" stroke-linecap="round" stroke-linejoin="round">
    <path d="M126 196v-54a16 16 0 0 1 16-16h54"/>
    <path d="M316 126h54a16 16 0 0 1 16 16v54"/>
    <path d="M386 316v54a16 16 0 0 1-16 16h-54"/>
    <path d="M196 386h-54a16 16 0 0 1-16-16v-54"/>
  </g>
  <path d="M186 262l48 48 94-104" fill="none" stroke="${WHITE}" stroke-width="40" stroke-linecap="round" stroke-linejoin="round"/>`;

/**
 * @param {string} glyph
 * @param {"any" | "maskable"} purpose
 */
function svg(glyph, purpose) {
  const background =
    purpose === "maskable"
      ? `<rect width="512" height="512" fill="${BLUE}"/>`
      : `<rect width="512" height="512" rx="112" fill="${BLUE}"/>`;
  // Maskable: shrink the glyph towards the centre so it sits well inside the safe zone.
  const body =
    purpose === "maskable"
      ? `<g transform="translate(256 256) scale(0.8) translate(-256 -256)">${glyph}</g>`
      : glyph;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${background}${body}</svg>`;
}

const targets = [
  { name: "teacher", glyph: teacherGlyph },
  { name: "verifier", glyph: verifierGlyph },
];

/** @type {Array<{ file: string, svg: string, size: number, transparent: boolean }>} */
const renders = [];
await mkdir(OUT, { recursive: true });
for (const { name, glyph } of targets) {
  const anySvg = svg(glyph, "any");
  const maskableSvg = svg(glyph, "maskable");
  await writeFile(new URL(`${name}.svg`, OUT), `${anySvg}\n`);
  renders.push(
    { file: `${name}-192.png`, svg: anySvg, size: 192, transparent: true },
    { file: `${name}-512.png`, svg: anySvg, size: 512, transparent: true },
    { file: `${name}-maskable-512.png`, svg: maskableSvg, size: 512, transparent: false },
    // iOS draws its own rounded mask and shows transparency as black: full bleed.
    { file: `${name}-apple-touch-180.png`, svg: maskableSvg, size: 180, transparent: false },
  );
}

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
  ],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const r of renders) {
    await page.setViewportSize({ width: r.size, height: r.size });
    const src = `data:image/svg+xml;base64,${Buffer.from(r.svg).toString("base64")}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${src}" width="${r.size}" height="${r.size}" style="display:block"></body></html>`,
    );
    await page.waitForFunction(() => document.images[0]?.complete === true, undefined, { timeout: 5000 });
    const png = await page.screenshot({ omitBackground: r.transparent, type: "png" });
    await writeFile(new URL(r.file, OUT), png);
    console.log(`web/public/icons/${r.file} ${r.size}×${r.size} ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
