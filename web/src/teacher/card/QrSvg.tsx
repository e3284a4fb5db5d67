import { useMemo } from "preact/hooks";
import { QUIET_ZONE, qrMatrix, qrPath } from "./qr-matrix";

interface Props {
  text: string;
  label: string;
}

/**
 * The CSS length of `modules` device pixels: the step the symbol's width is rounded down to
 * (teacher.css, `.qr__svg`), so that every module is a whole number of device pixels. Equal,
 * crisp modules scan more reliably than 7-and-8-pixel ones. Sizing in CSS needs no layout read
 * and no second render on the launch path, and follows resizes by itself.
 */
export function qrStep(modules: number, devicePixelRatio: number): string {
  return `${modules / (devicePixelRatio > 0 ? devicePixelRatio : 1)}px`;
}

/**
 * A QR symbol as SVG: black modules on white, quiet zone included. Drawn with attributes and one
 * CSS custom property set through the CSSOM (the page's CSP allows no style attributes).
 */
export function QrSvg({ text, label }: Props) {
  const { side, d } = useMemo(() => {
    const matrix = qrMatrix(text);
    return { side: matrix.size + 2 * QUIET_ZONE, d: qrPath(matrix) };
  }, [text]);
  return (
    <div class="qr__box">
      <svg
        class="qr__svg"
        viewBox={`0 0 ${side} ${side}`}
        style={{ "--qr-step": qrStep(side, window.devicePixelRatio) }}
        role="img"
        aria-label={label}
        shape-rendering="crispEdges"
        xmlns="http://www.w3.org/2000/svg"
      >
        <rect width={side} height={side} fill="#ffffff" />
        <path d={d} fill="#000000" />
      </svg>
    </div>
  );
}
