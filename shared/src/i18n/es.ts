/**
 * Spanish (es-EC, usted): the source of truth for message keys. Plain words a cashier or a
 * teacher understands. `{name}` placeholders are filled by `t(…, params)`.
 */
import type { PostCode, Role } from "../card/claims";
import type { CardErrorCode, GenericErrorCode, ValidatorCode, VerifyReason, VerifyWarning } from "../errors";

/** Keys that must exist: one per reason, warning, card error, validator code and generic error. */
export type RequiredMessageKey =
  | `reason.${VerifyReason}`
  | `warning.${VerifyWarning}`
  | `card.${Exclude<CardErrorCode, VerifyReason>}`
  | `validator.${ValidatorCode}`
  | `error.${GenericErrorCode}`
  | `post.${PostCode}`
  | `role.${Role}`;

export const es = {
  "verify.valid_live": "Carnet válido",
  "verify.valid_static": "Válido — copia estática",
  "verify.static_hint":
    "Es una copia descargada o impresa, no el carnet en vivo. Pida la cédula para confirmar que es de quien lo muestra.",
  "verify.invalid": "No válido",
  "verify.trust_updated": "Datos de verificación actualizados el {date}.",

  "reason.NO_TRUST":
    "Este verificador todavía no tiene los datos para comprobar carnets. Conéctese a internet una vez y vuelva a intentar.",
  "reason.NOT_A_CARD": "Este código no es un Carnet Docente Digital.",
  "reason.MALFORMED": "El código está dañado o incompleto. Pida que lo muestren otra vez.",
  "reason.TOO_LARGE": "El código es demasiado grande para ser un carnet.",
  "reason.UNSUPPORTED_ALG": "El carnet usa un tipo de firma que no se acepta. No es válido.",
  "reason.FORBIDDEN_HEADER": "El carnet trae datos no permitidos en su firma. No es válido.",
  "reason.UNKNOWN_KEY":
    "La firma del carnet no es de una clave conocida del Ministerio de Educación. Si este verificador lleva tiempo sin internet, conéctese y vuelva a intentar.",
  "reason.BAD_SIGNATURE": "La firma no coincide: el carnet fue alterado o es falso.",
  "reason.EXPIRED": "El carnet está caducado.",
  "reason.NOT_YET_VALID":
    "El carnet todavía no está vigente. Revise también que la fecha y hora de este dispositivo sean correctas.",
  "reason.STATUS_UNAVAILABLE":
    "No se puede saber si el carnet fue anulado: falta la lista de carnets anulados. Conéctese a internet y vuelva a intentar.",
  "reason.STATUS_UNKNOWN":
    "Este carnet es más nuevo que la lista de carnets anulados de este verificador. Conéctese a internet para actualizarla.",
  "reason.REVOKED": "Este carnet fue anulado. No es válido.",
  "reason.BAD_DEVICE_SIGNATURE": "El código no salió del teléfono del dueño del carnet. No es válido.",
  "reason.PRESENTATION_EXPIRED":
    "El código ya caducó: puede ser una foto o una captura de pantalla. Pida que abran el carnet en la aplicación.",
  "reason.PRESENTATION_FUTURE":
    "La hora del teléfono que muestra el carnet, o la de este dispositivo, está mal. Pida que la corrijan y vuelvan a mostrarlo.",

  "warning.STATUS_STALE":
    "La lista de carnets anulados de este verificador está desactualizada. Conéctese a internet cuando pueda.",
  "warning.EXPIRING_SOON": "El carnet caduca en menos de 30 días.",

  "card.INVALID_CLAIMS": "Los datos del carnet no son válidos.",
  "card.INVALID_KEY": "La clave de este teléfono no es válida. Vuelva a activar el carnet en este teléfono.",
  "card.INVALID_ARGUMENT": "Se recibió un dato fuera de rango.",
  "card.STATUS_LIST_INVALID":
    "No se pudo actualizar la lista de carnets anulados porque llegó dañada. Se sigue usando la anterior.",
  "card.DEVICE_CLOCK_WRONG":
    "La fecha y hora de este dispositivo están atrasadas. Corríjalas para poder verificar carnets.",

  "validator.CEDULA_FORMAT": "La cédula debe tener 10 dígitos.",
  "validator.CEDULA_PROVINCE": "Los dos primeros dígitos de la cédula no corresponden a ninguna provincia.",
  "validator.CEDULA_THIRD_DIGIT": "El tercer dígito de la cédula debe ser un número del 0 al 5.",
  "validator.CEDULA_CHECK_DIGIT": "El número de cédula no es correcto. Revise que esté bien escrito.",
  "validator.RUC_FORMAT": "El RUC debe tener 13 dígitos.",
  "validator.RUC_PROVINCE": "Los dos primeros dígitos del RUC no corresponden a ninguna provincia.",
  "validator.RUC_THIRD_DIGIT": "El tercer dígito del RUC debe ser del 0 al 6, o 9.",
  "validator.RUC_ESTABLISHMENT":
    "Los últimos dígitos del RUC (número de establecimiento) no pueden ser todos cero.",
  "validator.RUC_CEDULA":
    "En el RUC de una persona natural, los 10 primeros dígitos deben ser una cédula válida.",
  "validator.RUC_CHECK_DIGIT":
    "El dígito verificador del RUC no coincide. Si así consta en su RUC del SRI, puede continuar.",
  "validator.AMIE_FORMAT": "El código AMIE tiene 8 caracteres, por ejemplo 17H01234.",
  "validator.AMIE_PROVINCE": "Los dos primeros dígitos del código AMIE no corresponden a ninguna provincia.",
  "validator.DISTRICT_FORMAT": "El código de distrito tiene 5 caracteres, por ejemplo 17D04.",
  "validator.DISTRICT_PROVINCE": "Los dos primeros dígitos del distrito no corresponden a ninguna provincia.",

  "error.bad_request": "La solicitud no es válida.",
  "error.not_found": "No se encontró lo que busca.",
  "error.unauthorized": "Inicie sesión para continuar.",
  "error.forbidden": "No tiene permiso para hacer esto.",
  "error.rate_limited": "Demasiados intentos. Espere unos minutos y vuelva a intentar.",
  "error.payload_too_large": "Los datos enviados son demasiado grandes.",
  "error.internal":
    "Ocurrió un error en el sistema. Lo que ya guardó no se ha perdido. Intente de nuevo en unos minutos.",
  "error.csrf": "Por seguridad, recargue la página y vuelva a intentar.",
  "error.validation": "Revise los datos marcados.",
  "error.cedula_required": "Primero registre su número de cédula.",
  "error.not_eligible":
    "Su cuenta no consta como personal activo del magisterio fiscal. Si cree que es un error, comuníquese con su distrito educativo.",
  "error.already_bound": "Esta cuenta ya tiene una cédula registrada.",
  "error.cedula_mismatch":
    "La cédula no coincide con la registrada para su cuenta. Revísela e intente de nuevo; los intentos son limitados.",
  "error.consent_outdated": "El acuerdo de datos seguros cambió. Léalo de nuevo y acéptelo para continuar.",
  "error.consent_required": "Para obtener el carnet, primero lea y acepte el acuerdo de datos seguros.",
  "error.no_card": "Todavía no tiene un carnet. Solicítelo desde la aplicación.",

  "post.doc": "Docente",
  "post.rec": "Rector/a",
  "post.vic": "Vicerrector/a",
  "post.dir": "Director/a",
  "post.sub": "Subdirector/a",
  "post.ins": "Inspector/a general",
  "post.sin": "Subinspector/a",
  "role.docente": "Docente",
  "role.directivo": "Directivo/a",
} as const satisfies { [K in RequiredMessageKey]: string } & Record<string, string>;

export type MessageKey = keyof typeof es;
