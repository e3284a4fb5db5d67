import { qrSegments } from "#shared/card/qr-text";
import { encodeQr } from "./qr-encode";

/** Light modules around the symbol, as ISO/IEC 18004 asks (4). */
export const QUIET_ZONE = 4;

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  version: number;
  /** Row-major; non-zero = dark. */
  data: Uint8Array;
}

/** The QR symbol for card QR text (`CDD1:` digits as alphanumeric + numeric segments), level M. */
export function qrMatrix(text: string): QrMatrix {
  const symbol = encodeQr(qrSegments(text));
  return { size: symbol.size, version: symbol.version, data: symbol.data };
}

/**
 * One SVG path for every dark module, offset by the quiet zone: each horizontal run of dark
 * modules in a row is one rectangle (`M x y h n v 1 h -n z`), which keeps the markup small.
 */
export function qrPath(matrix: QrMatrix): string {
  const { size, data } = matrix;
  let d = "";
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!data[y * size + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && data[y * size + x]) x++;
      d += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h${start - x}z`;
    }
  }
  return d;
}
