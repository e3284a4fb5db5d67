/** The verifier's UI strings in English: exactly the keys of `es` (the compiler checks both ways). */
import type { VerifierKey } from "./es";

export const en: Record<VerifierKey, string> = {
  "verifier.title": "Verifier",
  "verifier.kicker": "Carnet Docente Digital",
  "verifier.teacherLink": "Are you a teacher? Open your card",

  "trust.title": "Verification data",
  "trust.loading": "Loading the verification data…",
  "trust.downloading": "Downloading the Ministry's verification data…",
  "trust.never.title": "Cannot verify cards yet",
  "trust.never.text":
    "This verifier does not have the Ministry of Education's data to check cards yet: the public keys that sign the cards and the list of revoked cards. Until it has them, it will not accept any card as valid.",
  "trust.never.connect":
    "Connect to the internet once: the data downloads by itself and from then on the verifier also works offline.",
  "trust.updated": "Data updated {age}.",
  "trust.justNow": "just now",
  "trust.refresh": "Update now",
  "trust.refreshing": "Updating…",
  "trust.refreshFailed":
    "Could not update the data (offline or service unavailable). The saved data is still in use.",
  "trust.refreshFailedNone": "Could not download the data (offline or service unavailable).",
  "trust.staleDetail":
    "The list of revoked cards should be updated every {ttl}; the saved one is from {age}.",
  "trust.tolerance":
    "A clock difference of {minutes} minutes is tolerated for the card's validity dates. The live code changes every {window} seconds and is accepted {tolerance} seconds either side.",
  "clock.skew":
    "This device's clock looks wrong: it is {minutes} minutes off the server's. Correct the date and time; until then, results may be wrong.",
  "clock.behindData": "This device's clock is earlier than the last data update. Check the date and time.",

  "camera.title": "Scan with the camera",
  "camera.start": "Turn on camera",
  "camera.stop": "Stop camera",
  "camera.switch": "Switch camera",
  "camera.torch": "Torch",
  "camera.view": "Camera view",
  "camera.idle": "Turn on the camera and point it at the card's QR code.",
  "camera.starting": "Opening the camera…",
  "camera.scanning": "Looking for a QR code… Bring the card closer to the camera.",
  "camera.paused": "Camera paused while the result is shown.",
  "camera.denied":
    "There is no permission to use the camera. Allow it in the browser settings, or use the code scanner, an image or the text.",
  "camera.unavailable": "No camera is available. Use the code scanner, an image or the text.",
  "camera.insecure": "The camera only works over a secure connection (https).",
  "camera.failed": "Could not open the camera. Try again.",
  "camera.decoderFailed": "Could not load the QR code reader. Connect to the internet and try again.",

  "capture.title": "Code scanner or text",
  "capture.label": "Card code",
  "capture.hint":
    "With a USB or Bluetooth scanner: leave the cursor in this field and scan. You can also paste the code's text here.",
  "capture.submit": "Verify",
  "capture.empty": "Scan, type or paste the code first.",

  "upload.title": "From an image",
  "upload.label": "Choose a photo or screenshot of the QR code",
  "upload.reading": "Reading the image…",
  "upload.no_qr": "No QR code was found in the image.",
  "upload.unreadable": "Could not open the image.",
  "upload.too_large": "The image is too large (at most {mb} MB).",

  "result.title": "Result",
  "result.cannotVerify": "Cannot verify",
  "result.checkedAt": "Checked at {time}",
  "result.holder": "Card holder",
  "result.name": "Name",
  "result.role": "Role",
  "result.post": "Post",
  "result.amie": "School (AMIE code)",
  "result.district": "Education district",
  "result.province": "Province",
  "result.cedula": "Cédula (ID number)",
  "result.cedulaLast4": "ends in {last4}",
  "result.validUntil": "Valid until",
  "result.next": "Scan next",
  "result.unverifiedData": "Card details for reference only: the card is not valid.",

  "how.title": "How to verify",
  "how.scan":
    "Ask the teacher to open the card in the app: its QR code changes every 30 seconds, so a photo or screenshot does not work.",
  "how.check":
    "The verifier checks, offline, the Ministry's signature, the validity dates, that the card is not revoked and that the code comes from the holder's phone.",
  "how.static": "If it is a printed or downloaded copy, the result says so: ask for the cédula too.",
};
