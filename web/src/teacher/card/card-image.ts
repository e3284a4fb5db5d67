/**
 * The downloadable card: a PNG with the holder's details and a STATIC QR (the card JWS alone,
 * no device signature), clearly marked as a static copy. Loaded only when asked for.
 */
import type { CardDisplay } from "#shared/api/me";
import { encodeStatic } from "#shared/card/qr-text";
import { cardImageMessages } from "../../i18n/teacher-card-image";
import type { Lang } from "../../i18n/translate";
import { QUIET_ZONE, qrMatrix } from "./qr-matrix";

export interface CardImageText {
  post: string;
  cedula: string;
  validity: string;
  district: string;
}

const WIDTH = 1080;
const HEIGHT = 1860;
const MARGIN = 72;
const BLUE = "#0a3a78";
const INK = "#17202e";
const MUTED = "#47536a";
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';

/** Draws `text` wrapped to `width`, at most `maxLines` lines; returns the y below it. */
function wrap(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  width: number,
  lineHeight: number,
  maxLines = 2,
): number {
  const words = text.split(/\s+/);
  let line = "";
  let lines = 0;
  for (const word of words) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (ctx.measureText(candidate).width > width && line !== "" && lines < maxLines - 1) {
      ctx.fillText(line, x, y);
      y += lineHeight;
      lines++;
      line = word;
    } else {
      line = candidate;
    }
  }
  ctx.fillText(line, x, y, width);
  return y + lineHeight;
}

function fact(ctx: CanvasRenderingContext2D, label: string, value: string, y: number): number {
  ctx.fillStyle = MUTED;
  ctx.font = `600 30px ${FONT}`;
  ctx.fillText(label, MARGIN, y);
  ctx.fillStyle = INK;
  ctx.font = `38px ${FONT}`;
  return wrap(ctx, value, MARGIN, y + 46, WIDTH - 2 * MARGIN, 46) + 14;
}

function drawQr(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, side: number): void {
  const matrix = qrMatrix(text);
  const modules = matrix.size + 2 * QUIET_ZONE;
  const unit = Math.floor(side / modules);
  const offset = Math.floor((side - unit * modules) / 2);
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(x, y, side, side);
  ctx.fillStyle = "#000000";
  for (let row = 0; row < matrix.size; row++) {
    for (let col = 0; col < matrix.size; col++) {
      if (matrix.data[row * matrix.size + col]) {
        ctx.fillRect(
          x + offset + (col + QUIET_ZONE) * unit,
          y + offset + (row + QUIET_ZONE) * unit,
          unit,
          unit,
        );
      }
    }
  }
}

/** The card image as a PNG blob. */
export async function renderCardImage(
  jws: string,
  display: CardDisplay,
  lang: Lang,
  text: CardImageText,
): Promise<Blob> {
  const m = cardImageMessages[lang];
  const canvas = document.createElement("canvas");
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const ctx = canvas.getContext("2d");
  if (ctx === null) throw new Error("no 2D canvas");
  ctx.textBaseline = "alphabetic";

  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  // Band in the ministry's blue with the flag's colours below it.
  ctx.fillStyle = BLUE;
  ctx.fillRect(0, 0, WIDTH, 200);
  for (const [color, from, to] of [
    ["#ffd100", 0, 0.5],
    ["#034ea2", 0.5, 0.75],
    ["#c8102e", 0.75, 1],
  ] as const) {
    ctx.fillStyle = color;
    ctx.fillRect(WIDTH * from, 200, WIDTH * (to - from), 14);
  }
  ctx.fillStyle = "#ffffff";
  ctx.font = `800 54px ${FONT}`;
  ctx.fillText(m.kind, MARGIN, 100);
  ctx.font = `34px ${FONT}`;
  ctx.fillText(m.ministry, MARGIN, 158);

  let y = 300;
  ctx.fillStyle = INK;
  ctx.font = `800 58px ${FONT}`;
  y = wrap(ctx, display.name, MARGIN, y, WIDTH - 2 * MARGIN, 68);
  ctx.fillStyle = BLUE;
  ctx.font = `700 40px ${FONT}`;
  ctx.fillText(text.post, MARGIN, y);
  y += 76;
  y = fact(ctx, m.school, `${display.schoolName} · AMIE ${display.amie}`, y);
  y = fact(ctx, m.district, text.district, y);
  y = fact(ctx, m.cedula, text.cedula, y);
  y = fact(ctx, m.validity, text.validity, y);

  const side = 600;
  drawQr(ctx, encodeStatic(jws), (WIDTH - side) / 2, y + 4, side);
  y += side + 48;

  // The static-copy banner, in both languages whatever the UI language.
  ctx.fillStyle = "#fff4d6";
  ctx.fillRect(MARGIN, y, WIDTH - 2 * MARGIN, HEIGHT - y - MARGIN / 2);
  ctx.fillStyle = INK;
  ctx.font = `800 40px ${FONT}`;
  ctx.fillText(
    `${cardImageMessages.es.staticCopy} · ${cardImageMessages.en.staticCopy}`,
    MARGIN + 28,
    y + 60,
  );
  ctx.font = `30px ${FONT}`;
  wrap(ctx, m.staticHint, MARGIN + 28, y + 108, WIDTH - 2 * MARGIN - 56, 38);

  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob === null ? reject(new Error("canvas.toBlob gave nothing")) : resolve(blob)),
      "image/png",
    ),
  );
}

export { cardImageMessages };
