/**
 * The *acuerdo de datos seguros*: the data agreement a teacher accepts before getting the card.
 * Versioned: changing any word means a new CONSENT_VERSION, and everyone is asked again.
 * What it says follows Ecuador's Ley Orgánica de Protección de Datos Personales (LOPDP), art. 12:
 * purposes, data kept, who sees what, retention, rights and how to use them, and whom to contact.
 */
export const CONSENT_VERSION = "2026-12-01";

export interface ConsentSection {
  title: string;
  body: string[];
}

export interface ConsentText {
  title: string;
  sections: ConsentSection[];
}

export const consentText: Record<"es" | "en", ConsentText> = {
  es: {
    title: "Acuerdo de datos seguros — Carnet Docente Digital",
    sections: [
      {
        title: "Quién trata sus datos",
        body: [
          "El responsable del tratamiento es el Ministerio de Educación del Ecuador (Av. Amazonas N34-451 y Av. Atahualpa, Quito). Delegado de protección de datos: proteccion.datos@educacion.gob.ec.",
        ],
      },
      {
        title: "Para qué usamos sus datos",
        body: [
          "Para emitir y mantener su Carnet Docente Digital, comprobar que usted forma parte del magisterio fiscal y permitir que los aliados estratégicos verifiquen el carnet para darle los beneficios del convenio.",
          "No usamos sus datos para publicidad, no los vendemos y no tomamos decisiones automatizadas sobre usted más allá de comprobar si está activo en la nómina.",
        ],
      },
      {
        title: "Qué datos tratamos",
        body: [
          "De la nómina del Ministerio: cédula, nombres, correo institucional, cargo, modalidad, institución (código AMIE), distrito y estado.",
          "De esta aplicación: la fecha y versión de este acuerdo, la clave pública de su dispositivo, los carnets emitidos y su estado, y registros técnicos de seguridad.",
        ],
      },
      {
        title: "Qué ve un comercio aliado",
        body: [
          "El código QR lleva solo lo mínimo: su nombre, cargo, código de la institución, distrito, los 4 últimos dígitos de su cédula y la vigencia. Nunca lleva la cédula completa. El comercio no recibe ni guarda sus datos; si registra un canje, guarda solo el número del carnet, el beneficio y la hora.",
        ],
      },
      {
        title: "Cuánto tiempo los guardamos",
        body: [
          "Mientras usted tenga un carnet vigente y hasta 1 año después de que deje de estar en la nómina o retire este consentimiento; después se eliminan, salvo lo que la ley obligue a conservar.",
        ],
      },
      {
        title: "Sus derechos",
        body: [
          "Puede leer de nuevo este acuerdo, descargar sus datos (derecho de acceso y portabilidad), pedir su corrección o eliminación, oponerse al tratamiento y retirar este consentimiento en cualquier momento desde «Mis datos». Al retirarlo, su carnet se revoca y se borra de su dispositivo.",
          "Si considera que sus derechos no fueron atendidos, puede reclamar ante la Superintendencia de Protección de Datos Personales.",
        ],
      },
      {
        title: "Su aceptación",
        body: [
          "Al aceptar, usted consiente libremente el tratamiento descrito. Guardamos la versión de este texto, la fecha y una huella (hash) del texto aceptado.",
        ],
      },
    ],
  },
  en: {
    title: "Safe data agreement — Digital Teacher Card",
    sections: [
      {
        title: "Who processes your data",
        body: [
          "The controller is Ecuador's Ministry of Education (Av. Amazonas N34-451 and Av. Atahualpa, Quito). Data protection officer: proteccion.datos@educacion.gob.ec.",
        ],
      },
      {
        title: "What we use your data for",
        body: [
          "To issue and keep your Digital Teacher Card, to check that you belong to the public-school teaching staff, and to let ally merchants verify the card so they can give you the agreed benefits.",
          "We do not use your data for advertising, we do not sell it, and we make no automated decisions about you beyond checking whether you are active on the roster.",
        ],
      },
      {
        title: "What data we process",
        body: [
          "From the Ministry's roster: national ID number (cédula), names, institutional e-mail, post, contract type, school (AMIE code), district and status.",
          "From this app: the date and version of this agreement, your device's public key, the cards issued and their status, and technical security records.",
        ],
      },
      {
        title: "What an ally merchant sees",
        body: [
          "The QR code carries only the minimum: your name, post, school code, district, the last 4 digits of your cédula and the validity dates. It never carries your whole cédula. The merchant neither receives nor keeps your data; if it records a redemption, it keeps only the card number, the benefit and the time.",
        ],
      },
      {
        title: "How long we keep it",
        body: [
          "While you hold a valid card and for up to 1 year after you leave the roster or withdraw this consent; then it is deleted, except what the law requires us to keep.",
        ],
      },
      {
        title: "Your rights",
        body: [
          "You can read this agreement again, download your data (access and portability), ask for correction or deletion, object to the processing and withdraw this consent at any time from “My data”. When you withdraw it, your card is revoked and deleted from your device.",
          "If you believe your rights were not respected, you can complain to the Superintendencia de Protección de Datos Personales.",
        ],
      },
      {
        title: "Your acceptance",
        body: [
          "By accepting, you freely consent to the processing described. We keep the version of this text, the date and a fingerprint (hash) of the accepted text.",
        ],
      },
    ],
  },
};

let textHash: Promise<string> | undefined;

/**
 * SHA-256 (hex) of the canonical JSON of both language versions: what an acceptance refers to.
 * The text is a constant, so it is hashed once per process.
 */
export function consentTextHash(): Promise<string> {
  textHash ??= crypto.subtle
    .digest(
      "SHA-256",
      new TextEncoder().encode(JSON.stringify({ version: CONSENT_VERSION, text: consentText })),
    )
    .then((digest) => Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join(""));
  return textHash;
}
