/**
 * Spanish (es-EC, usted, as in shared/src/i18n): the source of truth for the UI key set. Every other language must have
 * exactly these keys (the type below enforces it, test/i18n.test.ts checks it at run time).
 * `{name}` marks a parameter filled in by `t(key, { name })`.
 */
export const es = {
  "app.name": "Carnet Docente Digital",
  "app.ministry": "Ministerio de Educación del Ecuador",
  "app.version": "Versión {version}",
  "app.skipToContent": "Saltar al contenido",
  "lang.label": "Idioma",
  "status.offline": "Sin conexión",
  "update.label": "Actualización de la aplicación",
  "update.available": "Hay una nueva versión.",
  "update.apply": "Actualizar",
  "update.later": "Ahora no",
  "update.offlineReady": "La aplicación ya funciona sin conexión.",
  "update.dismiss": "Entendido",
  "teacher.welcome.title": "Le damos la bienvenida",
  "teacher.welcome.intro":
    "Esta es la aplicación del carnet digital para docentes y directivos del magisterio fiscal del Ecuador. Con su carnet se identifica y accede a los descuentos y beneficios que los aliados estratégicos ofrecen solo al magisterio.",
  "teacher.steps.title": "Cómo funciona",
  "teacher.steps.login": "Inicia sesión con su cuenta institucional.",
  "teacher.steps.cedula": "Registra su cédula una sola vez y acepta el acuerdo de datos seguros.",
  "teacher.steps.card": "Recibe su carnet y lo guarda en este dispositivo.",
  "teacher.steps.show":
    "Lo muestra en el comercio con un código QR que cambia cada 30 segundos, también sin señal.",
  "teacher.ally.title": "¿Atiende a docentes en su comercio?",
  "teacher.ally.text": "El verificador comprueba los carnets en el punto de venta, incluso sin conexión.",
  "teacher.ally.link": "Abrir el verificador",
  "teacher.loading": "Abriendo su carnet…",
  "teacher.login": "Iniciar sesión con la cuenta institucional",
  "teacher.login.hint": "Use su correo @educacion.gob.ec y su contraseña de siempre.",
  "teacher.login.offline":
    "Sin conexión: para iniciar sesión y obtener su carnet necesita internet una vez. Después funciona sin señal.",
  "teacher.loginError.title": "No se pudo iniciar sesión",
  "teacher.loginError.expired": "El ingreso tardó demasiado o se abrió en otra pestaña. Vuelva a intentarlo.",
  "teacher.loginError.denied": "Se canceló el ingreso. Cuando quiera, vuelva a intentarlo.",
  "teacher.loginError.provider":
    "El servicio de ingreso del Ministerio no respondió bien. Intente de nuevo en unos minutos.",
  "teacher.loginError.domain": "Solo se puede ingresar con una cuenta institucional @educacion.gob.ec.",
  "teacher.notice.signedOut": "Cerró sesión. El carnet se borró de este dispositivo.",
  "teacher.notice.deleted":
    "Registramos su solicitud de eliminación de datos. Su carnet fue anulado y se borró de este dispositivo.",
  "teacher.notice.sessionEnded": "Su sesión terminó. Inicie sesión otra vez para continuar.",
  "error.offline":
    "Sin conexión. Revise su internet e intente de nuevo; no se perdió nada de lo que escribió.",
  "error.generic":
    "Ocurrió un error. Intente de nuevo en unos minutos; no se perdió nada de lo que escribió.",
  "error.storage":
    "Este navegador no permite guardar el carnet en el dispositivo (¿modo privado?). Abra la aplicación en una ventana normal.",
  "teacher.issuing": "Preparando su carnet en este dispositivo…",
  "teacher.card.heading": "Mi carnet",
  "teacher.card.kind": "Carnet Docente Digital",
  "teacher.card.school": "Institución",
  "teacher.card.amie": "AMIE {amie}",
  "teacher.card.district": "Distrito",
  "teacher.card.cedula": "Cédula",
  "teacher.card.cedulaValue": "termina en {last4}",
  "teacher.card.validity": "Vigencia",
  "teacher.card.validRange": "del {from} al {until}",
  "teacher.card.expired": "Su carnet caducó el {date}. Conéctese a internet para renovarlo.",
  "teacher.qr.label": "Código QR de su carnet. Cambia cada 30 segundos.",
  "teacher.qr.countdown": "Nuevo código en {seconds} s",
  "teacher.qr.preparing": "Generando el código…",
  "teacher.qr.failed":
    "No se pudo generar el código en este dispositivo. Vuelva a activar el carnet desde «Mis datos».",
  "teacher.qr.help": "Muestre este código al comercio. Cambia cada 30 segundos: una foto o captura no sirve.",
  "teacher.qr.brightness": "Suba el brillo de la pantalla para que el código se lea mejor.",
  "teacher.qr.awake": "La pantalla se mantiene encendida mientras muestra el carnet.",
  "teacher.card.download": "Descargar imagen",
  "teacher.card.share": "Compartir",
  "teacher.card.myData": "Mis datos",
  "teacher.card.staticNote":
    "La imagen descargada es una copia estática: el comercio verá «copia estática» y le pedirá la cédula.",
  "teacher.card.imageReady": "Se descargó la imagen del carnet.",
  "teacher.card.shared": "Carnet compartido.",
  "teacher.card.imageFailed": "No se pudo crear la imagen del carnet.",
  "teacher.renewal.renewed": "Renovamos su carnet: ahora es válido hasta el {date}.",
  "teacher.renewal.reissued":
    "Su carnet anterior había sido anulado. Emitimos uno nuevo en este dispositivo, válido hasta el {date}.",
  "teacher.renewal.loginToRenew": "Su carnet vence pronto o fue anulado. Inicie sesión para renovarlo.",
  "teacher.renewal.elsewhere":
    "Su carnet se activó en otro dispositivo, así que el de este dispositivo ya no es válido.",
  "teacher.renewal.activateHere": "Activar en este dispositivo",
  "teacher.renewal.failed": "No se pudo renovar el carnet ahora. Se intentará otra vez cuando haya conexión.",
  "post.doc": "Docente",
  "post.rec": "Rector(a)",
  "post.vic": "Vicerrector(a)",
  "post.dir": "Director(a)",
  "post.sub": "Subdirector(a)",
  "post.ins": "Inspector(a) general",
  "post.sin": "Subinspector(a)",
  "install.title": "Tenga el carnet a mano",
  "install.text":
    "Instale la aplicación en su pantalla de inicio para abrir el carnet con un toque, también sin señal.",
  "install.button": "Instalar la aplicación",
  "install.iosTitle": "Agregar a la pantalla de inicio",
  "install.ios": "En iPhone o iPad: toque «Compartir» y luego «Agregar a inicio».",
  "install.done": "Aplicación instalada.",
} as const;

export type MessageKey = keyof typeof es;
export type Messages = { readonly [K in MessageKey]: string };
