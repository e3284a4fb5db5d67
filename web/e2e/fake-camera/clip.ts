/**
 * The fake camera for a test: a Y4M clip of a QR code (from its text, or from a screenshot of
 * the teacher's screen) and the Chromium flags that play it as the device's camera.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addNoise, type FrameOptions, renderBase } from "./frame";
import { imagePicture, type Picture, qrPicture } from "./picture";
import { decodePng, encodeGrayPng } from "./png";
import { writeY4m } from "./y4m";

export type ClipSource = { text: string } | { png: Buffer };

export interface Clip {
  /** Absolute path of the .y4m file. */
  path: string;
  /** A PNG of the first frame, for a human to look at. */
  previewPath: string;
  /** Chromium flags that make this clip the camera. */
  chromiumArgs: string[];
  version: number | undefined;
}

export function pictureOf(source: ClipSource): Picture {
  return "text" in source ? qrPicture(source.text) : imagePicture(decodePng(source.png));
}

/** Frames of 640×480 by default, the QR's side 350 px: about 40 % of the frame. */
export async function makeClip(
  source: ClipSource,
  options: FrameOptions & { frames?: number; dir?: string; name?: string } = {},
): Promise<Clip> {
  const picture = pictureOf(source);
  const base = renderBase(picture, options);
  const count = options.frames ?? (options.noise ? 6 : 1);
  const frames = Array.from({ length: count }, (_, i) =>
    addNoise(base, options.noise ?? 0, (options.seed ?? 1) + i),
  );
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), "carnet-fake-camera-")));
  const name = options.name ?? "clip";
  const path = join(dir, `${name}.y4m`);
  const previewPath = join(dir, `${name}.png`);
  await writeY4m(path, frames);
  await writeFile(previewPath, encodeGrayPng(frames[0] as (typeof frames)[number]));
  return {
    path,
    previewPath,
    chromiumArgs: fakeCameraArgs(path),
    version: picture.version,
  };
}

export function fakeCameraArgs(y4mPath: string): string[] {
  return [
    "--use-fake-ui-for-media-stream",
    "--use-fake-device-for-media-stream",
    `--use-file-for-fake-video-capture=${y4mPath}`,
  ];
}
