import { defineMessages } from "./messages";

/** Strings of "Mis datos": export, the agreement, withdrawal, deletion, sign-out. */
export const myDataMessages = defineMessages({
  es: {
    title: "Mis datos",
    account: "Cuenta: {email}",
    back: "Volver a mi carnet",
    backHome: "Volver al inicio",
    "export.title": "Descargar mis datos",
    "export.text":
      "Reciba en un archivo JSON todo lo que el Ministerio guarda sobre su cuenta para el carnet (derecho de acceso y portabilidad).",
    "export.button": "Descargar mis datos",
    "export.done": "Se descargó el archivo mis-datos-carnet-docente.json.",
    "consent.title": "Acuerdo de datos seguros",
    "consent.text": "Puede leer otra vez el acuerdo que aceptó, también sin conexión.",
    "consent.read": "Leer el acuerdo",
    "withdraw.title": "Retirar mi consentimiento",
    "withdraw.text":
      "Su carnet se anula de inmediato y se borra de este dispositivo. Podrá aceptar el acuerdo otra vez más adelante para obtener uno nuevo.",
    "withdraw.button": "Retirar mi consentimiento",
    "withdraw.confirmTitle": "¿Retirar su consentimiento?",
    "withdraw.confirm": "Sí, retirar y anular mi carnet",
    "delete.title": "Pedir la eliminación de mis datos",
    "delete.text":
      "El Ministerio eliminará los datos de su cuenta del sistema del carnet, salvo lo que la ley obligue a conservar. Su carnet se anula y se cierra su sesión.",
    "delete.button": "Pedir la eliminación",
    "delete.confirmTitle": "¿Pedir la eliminación de sus datos?",
    "delete.confirm": "Sí, pedir la eliminación",
    "signOut.title": "Cerrar sesión",
    "signOut.text":
      "Al cerrar sesión, el carnet se borra de este dispositivo. Para tenerlo otra vez, inicie sesión de nuevo.",
    "signOut.button": "Cerrar sesión",
    "signOut.confirmTitle": "¿Cerrar sesión en este dispositivo?",
    "signOut.confirm": "Sí, cerrar sesión",
    cancel: "Cancelar",
    working: "Procesando…",
    "reader.title": "Acuerdo de datos seguros",
  },
  en: {
    title: "My data",
    account: "Account: {email}",
    back: "Back to my card",
    backHome: "Back to the start",
    "export.title": "Download my data",
    "export.text":
      "Get, as a JSON file, everything the Ministry keeps about your account for the card (right of access and portability).",
    "export.button": "Download my data",
    "export.done": "The file mis-datos-carnet-docente.json was downloaded.",
    "consent.title": "Safe data agreement",
    "consent.text": "You can read the agreement you accepted again, even offline.",
    "consent.read": "Read the agreement",
    "withdraw.title": "Withdraw my consent",
    "withdraw.text":
      "Your card is revoked at once and deleted from this device. You can accept the agreement again later to get a new one.",
    "withdraw.button": "Withdraw my consent",
    "withdraw.confirmTitle": "Withdraw your consent?",
    "withdraw.confirm": "Yes, withdraw and revoke my card",
    "delete.title": "Ask for my data to be deleted",
    "delete.text":
      "The Ministry will delete your account's data from the card system, except what the law requires it to keep. Your card is revoked and you are signed out.",
    "delete.button": "Ask for deletion",
    "delete.confirmTitle": "Ask for your data to be deleted?",
    "delete.confirm": "Yes, ask for deletion",
    "signOut.title": "Sign out",
    "signOut.text":
      "When you sign out, the card is deleted from this device. To have it again, sign in again.",
    "signOut.button": "Sign out",
    "signOut.confirmTitle": "Sign out on this device?",
    "signOut.confirm": "Yes, sign out",
    cancel: "Cancel",
    working: "Working…",
    "reader.title": "Safe data agreement",
  },
});
