/**
 * Writes a Y4M clip (YUV4MPEG2, 4:2:0, grey: chroma 128) for Chromium's
 * `--use-file-for-fake-video-capture`, which plays it in a loop as the camera.
 */
import { writeFile } from "node:fs/promises";
import { isAbsolute } from "node:path";
import type { GrayImage } from "./png";

export async function writeY4m(path: string, frames: GrayImage[], fps = 30): Promise<void> {
  // A relative path silently gives no camera (TOOLCHAIN.md).
  if (!isAbsolute(path)) throw new Error(`the fake camera needs an absolute path: ${path}`);
  const first = frames[0];
  if (first === undefined) throw new Error("a clip needs at least one frame");
  const { width, height } = first;
  if (width % 2 !== 0 || height % 2 !== 0) throw new Error("4:2:0 needs even frame sizes");
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const parts: Buffer[] = [Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`)];
  for (const frame of frames) {
    if (frame.width !== width || frame.height !== height) throw new Error("all frames must have one size");
    parts.push(
      Buffer.from("FRAME\n"),
      Buffer.from(frame.data.buffer, frame.data.byteOffset, frame.data.length),
      chroma,
    );
  }
  await writeFile(path, Buffer.concat(parts));
}
