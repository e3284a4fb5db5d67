/**
 * The camera: open a stream (back camera first, HD when it has it), switch between cameras,
 * and the torch where the track supports it. The verifier's camera view is the only user.
 */

export type CameraErrorCode = "denied" | "unavailable" | "insecure" | "failed";

export class CameraError extends Error {
  override readonly name = "CameraError";
  readonly code: CameraErrorCode;

  constructor(code: CameraErrorCode, options?: { cause?: unknown }) {
    super(code, options);
    this.code = code;
  }
}

export interface CameraSession {
  readonly stream: MediaStream;
  /** The device actually opened (for "switch camera"). */
  readonly deviceId: string | undefined;
  readonly torchSupported: boolean;
  /** Turns the torch on or off; resolves to false when the device refused. */
  setTorch(on: boolean): Promise<boolean>;
  stop(): void;
}

// Not in TypeScript's DOM lib yet: the torch capability and constraint (Image Capture spec).
type TorchCapabilities = MediaTrackCapabilities & { torch?: boolean };
type TorchConstraint = MediaTrackConstraintSet & { torch?: boolean };

function toCameraError(error: unknown): CameraError {
  const name = error instanceof DOMException || error instanceof Error ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError")
    return new CameraError("denied", { cause: error });
  if (name === "NotFoundError" || name === "OverconstrainedError" || name === "NotReadableError") {
    return new CameraError("unavailable", { cause: error });
  }
  return new CameraError("failed", { cause: error });
}

function constraintsFor(deviceId: string | undefined): MediaStreamConstraints {
  const size = { width: { ideal: 1280 }, height: { ideal: 720 } };
  return {
    audio: false,
    video: deviceId
      ? { deviceId: { exact: deviceId }, ...size }
      : { facingMode: { ideal: "environment" }, ...size },
  };
}

/** Opens a camera (a given one, or the back camera) and plays it in `video`. */
export async function openCamera(video: HTMLVideoElement, deviceId?: string): Promise<CameraSession> {
  if (!window.isSecureContext) throw new CameraError("insecure");
  if (!navigator.mediaDevices?.getUserMedia) throw new CameraError("unavailable");
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia(constraintsFor(deviceId));
  } catch (error) {
    throw toCameraError(error);
  }
  const track = stream.getVideoTracks()[0];
  if (track === undefined) {
    for (const t of stream.getTracks()) t.stop();
    throw new CameraError("unavailable");
  }
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  try {
    await video.play();
  } catch (error) {
    for (const t of stream.getTracks()) t.stop();
    video.srcObject = null;
    throw toCameraError(error);
  }
  const capabilities = (track.getCapabilities?.() ?? {}) as TorchCapabilities;
  return {
    stream,
    deviceId: track.getSettings().deviceId,
    torchSupported: capabilities.torch === true,
    async setTorch(on: boolean) {
      try {
        await track.applyConstraints({ advanced: [{ torch: on } as TorchConstraint] });
        return true;
      } catch {
        return false;
      }
    },
    stop() {
      for (const t of stream.getTracks()) t.stop();
      if (video.srcObject === stream) video.srcObject = null;
    },
  };
}

/** The cameras of this device (names are only known once camera permission was given). */
export async function listCameras(): Promise<MediaDeviceInfo[]> {
  try {
    const devices = await navigator.mediaDevices.enumerateDevices();
    return devices.filter((device) => device.kind === "videoinput" && device.deviceId !== "");
  } catch {
    return [];
  }
}

/** The camera after `current` in the list, wrapping around; `undefined` when there is only one. */
export function nextCameraId(
  cameras: readonly MediaDeviceInfo[],
  current: string | undefined,
): string | undefined {
  if (cameras.length < 2) return undefined;
  const index = cameras.findIndex((camera) => camera.deviceId === current);
  return cameras[(index + 1) % cameras.length]?.deviceId;
}
