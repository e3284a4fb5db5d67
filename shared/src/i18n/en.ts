/** English: exactly the keys of `es` (the compiler checks both ways). */
import type { MessageKey } from "./es";

export const en: Record<MessageKey, string> = {
  "verify.valid_live": "Valid card",
  "verify.valid_static": "Valid — static copy",
  "verify.static_hint":
    "This is a downloaded or printed copy, not the live card. Ask for the cédula (ID card) to confirm it belongs to the person showing it.",
  "verify.invalid": "Not valid",
  "verify.trust_updated": "Verification data updated on {date}.",

  "reason.NO_TRUST":
    "This verifier does not have the data to check cards yet. Connect to the internet once and try again.",
  "reason.NOT_A_CARD": "This code is not a Carnet Docente Digital.",
  "reason.MALFORMED": "The code is damaged or incomplete. Ask to see it again.",
  "reason.TOO_LARGE": "The code is too large to be a card.",
  "reason.UNSUPPORTED_ALG": "The card uses a kind of signature that is not accepted. Not valid.",
  "reason.FORBIDDEN_HEADER": "The card carries data that is not allowed in its signature. Not valid.",
  "reason.UNKNOWN_KEY":
    "The card is not signed by a known Ministry of Education key. If this verifier has been offline for a while, connect and try again.",
  "reason.BAD_SIGNATURE": "The signature does not match: the card was altered or is fake.",
  "reason.EXPIRED": "The card has expired.",
  "reason.NOT_YET_VALID": "The card is not valid yet. Also check that this device's date and time are right.",
  "reason.STATUS_UNAVAILABLE":
    "Cannot tell whether the card was revoked: the list of revoked cards is missing. Connect to the internet and try again.",
  "reason.STATUS_UNKNOWN":
    "This card is newer than this verifier's list of revoked cards. Connect to the internet to update it.",
  "reason.REVOKED": "This card has been revoked. Not valid.",
  "reason.BAD_DEVICE_SIGNATURE": "The code did not come from the card holder's phone. Not valid.",
  "reason.PRESENTATION_EXPIRED":
    "The code has expired: it may be a photo or a screenshot. Ask them to open the card in the app.",
  "reason.PRESENTATION_FUTURE":
    "The time on the phone showing the card, or on this device, is wrong. Ask them to fix it and show the card again.",

  "warning.STATUS_STALE":
    "This verifier's list of revoked cards is out of date. Connect to the internet when you can.",
  "warning.EXPIRING_SOON": "The card expires in less than 30 days.",

  "card.INVALID_CLAIMS": "The card data is not valid.",
  "card.INVALID_KEY": "This phone's key is not valid. Activate the card on this phone again.",
  "card.INVALID_ARGUMENT": "A value was out of range.",
  "card.STATUS_LIST_INVALID":
    "Could not update the list of revoked cards because it arrived damaged. The previous one is still in use.",
  "card.DEVICE_CLOCK_WRONG": "This device's date and time are behind. Correct them to verify cards.",

  "validator.CEDULA_FORMAT": "The cédula must have 10 digits.",
  "validator.CEDULA_PROVINCE": "The first two digits of the cédula are not a province.",
  "validator.CEDULA_THIRD_DIGIT": "The third digit of the cédula must be from 0 to 5.",
  "validator.CEDULA_CHECK_DIGIT": "The cédula number is not correct. Check that it is typed correctly.",
  "validator.RUC_FORMAT": "The RUC must have 13 digits.",
  "validator.RUC_PROVINCE": "The first two digits of the RUC are not a province.",
  "validator.RUC_THIRD_DIGIT": "The third digit of the RUC must be from 0 to 6, or 9.",
  "validator.RUC_ESTABLISHMENT": "The last digits of the RUC (establishment number) cannot all be zero.",
  "validator.RUC_CEDULA": "For a natural person's RUC, the first 10 digits must be a valid cédula.",
  "validator.RUC_CHECK_DIGIT":
    "The RUC check digit does not match. If this is how it appears on your SRI registration, you may continue.",
  "validator.AMIE_FORMAT": "The AMIE code has 8 characters, for example 17H01234.",
  "validator.AMIE_PROVINCE": "The first two digits of the AMIE code are not a province.",
  "validator.DISTRICT_FORMAT": "The district code has 5 characters, for example 17D04.",
  "validator.DISTRICT_PROVINCE": "The first two digits of the district code are not a province.",

  "error.bad_request": "The request is not valid.",
  "error.not_found": "What you are looking for was not found.",
  "error.unauthorized": "Sign in to continue.",
  "error.forbidden": "You do not have permission to do this.",
  "error.rate_limited": "Too many attempts. Wait a few minutes and try again.",
  "error.payload_too_large": "The data sent is too large.",
  "error.internal":
    "Something went wrong on our side. Nothing you saved was lost. Try again in a few minutes.",
  "error.csrf": "For your security, reload the page and try again.",
  "error.validation": "Check the highlighted fields.",
  "error.cedula_required": "Enter your cédula number first.",
  "error.not_eligible":
    "Your account is not listed as active public-school staff. If you think this is a mistake, contact your education district.",
  "error.already_bound": "This account already has a cédula registered.",
  "error.cedula_mismatch":
    "The cédula does not match the one on record for your account. Check it and try again; attempts are limited.",
  "error.consent_outdated": "The data agreement has changed. Read it again and accept it to continue.",
  "error.consent_required": "To get the card, first read and accept the data agreement.",
  "error.no_card": "You do not have a card yet. Request it from the app.",

  "post.doc": "Teacher",
  "post.rec": "Rector (head of school)",
  "post.vic": "Vice-rector",
  "post.dir": "Director (head of school)",
  "post.sub": "Deputy director",
  "post.ins": "Chief inspector",
  "post.sin": "Deputy inspector",
  "role.docente": "Teacher",
  "role.directivo": "School head",
};
