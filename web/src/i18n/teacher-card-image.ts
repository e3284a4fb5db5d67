import { defineMessages } from "./messages";

/** Text drawn on the downloadable card image (a static copy). */
export const cardImageMessages = defineMessages({
  es: {
    kind: "CARNET DOCENTE DIGITAL",
    ministry: "Ministerio de Educación del Ecuador",
    school: "Institución",
    district: "Distrito",
    cedula: "Cédula",
    validity: "Vigencia",
    staticCopy: "COPIA ESTÁTICA",
    staticHint: "Sin código en vivo: pida la cédula para confirmar la identidad.",
    filename: "carnet-docente.png",
    shareTitle: "Mi Carnet Docente Digital",
  },
  en: {
    kind: "DIGITAL TEACHER CARD",
    ministry: "Ministry of Education of Ecuador",
    school: "School",
    district: "District",
    cedula: "ID number (cédula)",
    validity: "Valid",
    staticCopy: "STATIC COPY",
    staticHint: "No live code: ask for the cédula to confirm who is showing it.",
    filename: "carnet-docente.png",
    shareTitle: "My Digital Teacher Card",
  },
});
