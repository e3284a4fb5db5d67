import { defineMessages } from "./messages";

/** Strings of the one-time steps: cédula, agreement, activation, not eligible. */
export const onboardingMessages = defineMessages({
  es: {
    "cedula.title": "Registre su cédula",
    "cedula.intro":
      "Se pide una sola vez. Debe ser la misma que consta en la nómina del Ministerio para su cuenta {email}.",
    "cedula.introNoEmail": "Se pide una sola vez. Debe ser la misma que consta en la nómina del Ministerio.",
    "cedula.label": "Número de cédula",
    "cedula.hint": "10 dígitos, sin guiones. Su carnet mostrará solo los 4 últimos.",
    "cedula.submit": "Continuar",
    "cedula.checking": "Comprobando…",
    "cedula.remaining": "Le quedan {remaining} intentos.",
    "cedula.retryAfter": "Podrá intentarlo de nuevo en {minutes} min.",
    "consent.loading": "Cargando el acuerdo…",
    "consent.offline":
      "Sin conexión: puede leer el acuerdo, pero para aceptarlo necesita internet. Lo que marque no se perderá.",
    "consent.withdrawn":
      "Retiró su consentimiento: su carnet fue anulado y se borró de este dispositivo. Si quiere un carnet nuevo, acepte otra vez el acuerdo.",
    "consent.changed": "El acuerdo de datos seguros cambió. Léalo y acéptelo para seguir usando su carnet.",
    "consent.version": "Versión {version}",
    "consent.check": "He leído el acuerdo y acepto el tratamiento de mis datos que describe.",
    "consent.checkMissing": "Marque la casilla para aceptar el acuerdo.",
    "consent.accept": "Aceptar y obtener mi carnet",
    "consent.accepting": "Guardando su aceptación…",
    "consent.reloaded":
      "El acuerdo se actualizó mientras lo leía. Esta es la versión vigente: revísela y acéptela.",
    "activate.title": "Active su carnet en este dispositivo",
    "activate.elsewhere":
      "Ya tiene un carnet activo en otro dispositivo. Si lo activa aquí, el otro dejará de funcionar: solo puede haber un carnet activo.",
    "activate.first": "Todo está listo para guardar su carnet en este dispositivo.",
    "activate.button": "Activar en este dispositivo",
    "notEligible.title": "No podemos emitir su carnet",
    "notEligible.NOT_IN_ROSTER":
      "Su cuenta no consta en la nómina del magisterio fiscal que el Ministerio cargó en el sistema.",
    "notEligible.INACTIVE":
      "Según la nómina del Ministerio, su cuenta no está activa en el magisterio fiscal.",
    "notEligible.EMAIL_DOMAIN": "Solo las cuentas institucionales @educacion.gob.ec pueden tener carnet.",
    "notEligible.contact": "Si cree que es un error, comuníquese con:",
    "notEligible.signOut": "Cerrar sesión",
  },
  en: {
    "cedula.title": "Enter your national ID number (cédula)",
    "cedula.intro": "You are asked only once. It must match the Ministry's roster for your account {email}.",
    "cedula.introNoEmail": "You are asked only once. It must match the Ministry's roster for your account.",
    "cedula.label": "Cédula number",
    "cedula.hint": "10 digits, no dashes. Your card will show only the last 4.",
    "cedula.submit": "Continue",
    "cedula.checking": "Checking…",
    "cedula.remaining": "You have {remaining} attempts left.",
    "cedula.retryAfter": "You can try again in {minutes} min.",
    "consent.loading": "Loading the agreement…",
    "consent.offline":
      "Offline: you can read the agreement, but you need the internet to accept it. What you tick will not be lost.",
    "consent.withdrawn":
      "You withdrew your consent: your card was revoked and deleted from this device. If you want a new card, accept the agreement again.",
    "consent.changed": "The safe data agreement has changed. Read it and accept it to keep using your card.",
    "consent.version": "Version {version}",
    "consent.check": "I have read the agreement and I accept the processing of my data it describes.",
    "consent.checkMissing": "Tick the box to accept the agreement.",
    "consent.accept": "Accept and get my card",
    "consent.accepting": "Saving your acceptance…",
    "consent.reloaded":
      "The agreement was updated while you were reading it. This is the current version: review it and accept it.",
    "activate.title": "Activate your card on this device",
    "activate.elsewhere":
      "You already have an active card on another device. If you activate it here, the other one will stop working: only one card can be active.",
    "activate.first": "Everything is ready to keep your card on this device.",
    "activate.button": "Activate on this device",
    "notEligible.title": "We cannot issue your card",
    "notEligible.NOT_IN_ROSTER":
      "Your account is not on the public-school staff roster the Ministry loaded into the system.",
    "notEligible.INACTIVE":
      "According to the Ministry's roster, your account is not active in the public-school staff.",
    "notEligible.EMAIL_DOMAIN": "Only institutional @educacion.gob.ec accounts can have a card.",
    "notEligible.contact": "If you think this is a mistake, contact:",
    "notEligible.signOut": "Sign out",
  },
});
