/** Saves `blob` as a download named `filename` (an object URL on a temporary link). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export type ShareOutcome = "shared" | "downloaded" | "cancelled";

/** Shares the file with the Web Share API where it can carry files; downloads it otherwise. */
export async function shareOrDownload(blob: Blob, filename: string, title: string): Promise<ShareOutcome> {
  const file = new File([blob], filename, { type: blob.type });
  const data: ShareData = { files: [file], title };
  if (typeof navigator.share === "function" && navigator.canShare?.(data)) {
    try {
      await navigator.share(data);
      return "shared";
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") return "cancelled";
      // NotAllowedError and friends: fall back to a download.
    }
  }
  downloadBlob(blob, filename);
  return "downloaded";
}
