import { useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { QUIET_ZONE, qrMatrix, qrPath } from "./qr-matrix";

interface Props {
  text: string;
  label: string;
}

/**
 * The largest size (CSS px) at most `available` wide at which every module is a whole number of
 * device pixels: equal, crisp modules scan more reliably than 7-and-8-pixel ones.
 */
export function crispSize(available: number, modules: number, devicePixelRatio: number): number {
  const unit = Math.max(1, Math.floor((available * devicePixelRatio) / modules));
  return (unit * modules) / devicePixelRatio;
}

/** Tracks the width of the element the symbol is drawn in. */
function useWidth(ref: { current: HTMLElement | null }): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    const measure = () => setWidth(element.clientWidth);
    measure();
    if (typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * A QR symbol as SVG: black modules on white, quiet zone included, sized so each module is a
 * whole number of device pixels. Drawn with attributes only (no style attribute): the page's CSP
 * allows no inline styles.
 */
export function QrSvg({ text, label }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const available = useWidth(box);
  const { side, d } = useMemo(() => {
    const matrix = qrMatrix(text);
    return { side: matrix.size + 2 * QUIET_ZONE, d: qrPath(matrix) };
  }, [text]);
  const size = available === null ? undefined : crispSize(available, side, window.devicePixelRatio || 1);
  return (
    <div class="qr__box" ref={box}>
      <svg
        class="qr__svg"
        viewBox={`0 0 ${side} ${side}`}
        width={size}
        height={size}
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
