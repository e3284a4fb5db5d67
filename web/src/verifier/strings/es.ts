/**
 * The verifier's own UI strings, Spanish (es-EC, usted) first: the source of the key set.
 * Reasons, warnings, posts and roles come from `#shared/i18n` (the same words a point-of-sale
 * integration gets). `{name}` marks a parameter.
 */
export const es = {
  "verifier.title": "Verificador",
  "verifier.kicker": "Carnet Docente Digital",
  "verifier.teacherLink": "¿Es docente? Abra su carnet",

  "trust.title": "Datos de verificación",
  "trust.loading": "Cargando los datos de verificación…",
  "trust.downloading": "Descargando los datos de verificación del Ministerio…",
  "trust.never.title": "Todavía no puede verificar carnets",
  "trust.never.text":
    "Este verificador aún no tiene los datos del Ministerio de Educación para comprobar carnets: las claves públicas que firman los carnets y la lista de carnets anulados. Mientras no los tenga, no dará ningún carnet por válido.",
  "trust.never.connect":
    "Conéctese a internet una vez: los datos se descargan solos y después el verificador funciona también sin conexión.",
  "trust.updated": "Datos actualizados {age}.",
  "trust.justNow": "hace un momento",
  "trust.refresh": "Actualizar ahora",
  "trust.refreshing": "Actualizando…",
  "trust.refreshFailed":
    "No se pudieron actualizar los datos (sin conexión o servicio no disponible). Se siguen usando los guardados.",
  "trust.refreshFailedNone": "No se pudieron descargar los datos (sin conexión o servicio no disponible).",
  "trust.staleDetail": "La lista de carnets anulados se debe actualizar cada {ttl}; la guardada es de {age}.",
  "trust.tolerance":
    "Se tolera una diferencia de reloj de {minutes} minutos en la vigencia del carnet. El código en vivo cambia cada {window} segundos y vale {tolerance} segundos antes o después.",
  "clock.skew":
    "La hora de este dispositivo parece incorrecta: difiere {minutes} minutos de la del servidor. Corrija la fecha y la hora; mientras tanto, los resultados pueden no ser correctos.",
  "clock.behindData":
    "La hora de este dispositivo es anterior a la de la última actualización de datos. Revise la fecha y la hora.",

  "camera.title": "Escanear con la cámara",
  "camera.start": "Activar cámara",
  "camera.stop": "Detener cámara",
  "camera.switch": "Cambiar de cámara",
  "camera.torch": "Linterna",
  "camera.view": "Vista de la cámara",
  "camera.idle": "Active la cámara y apunte al código QR del carnet.",
  "camera.starting": "Abriendo la cámara…",
  "camera.scanning": "Buscando un código QR… Acerque el carnet a la cámara.",
  "camera.paused": "Cámara en pausa mientras se muestra el resultado.",
  "camera.denied":
    "No hay permiso para usar la cámara. Permítalo en la configuración del navegador, o use el lector de códigos, una imagen o el texto.",
  "camera.unavailable": "No hay una cámara disponible. Use el lector de códigos, una imagen o el texto.",
  "camera.insecure": "La cámara solo funciona en una conexión segura (https).",
  "camera.failed": "No se pudo abrir la cámara. Intente de nuevo.",
  "camera.decoderFailed":
    "No se pudo cargar el lector de códigos QR. Conéctese a internet y vuelva a intentar.",

  "capture.title": "Lector de códigos o texto",
  "capture.label": "Código del carnet",
  "capture.hint":
    "Con un lector USB o Bluetooth: deje el cursor en este campo y escanee. También puede pegar aquí el texto del código.",
  "capture.submit": "Verificar",
  "capture.empty": "Escanee, escriba o pegue el código primero.",

  "upload.title": "Desde una imagen",
  "upload.label": "Elegir una foto o captura del código QR",
  "upload.reading": "Leyendo la imagen…",
  "upload.no_qr": "No se encontró un código QR en la imagen.",
  "upload.unreadable": "No se pudo abrir la imagen.",
  "upload.too_large": "La imagen es demasiado grande (máximo {mb} MB).",

  "result.title": "Resultado",
  "result.cannotVerify": "No se puede verificar",
  "result.checkedAt": "Verificado a las {time}",
  "result.holder": "Datos del titular",
  "result.name": "Nombre",
  "result.role": "Función",
  "result.post": "Cargo",
  "result.amie": "Institución (código AMIE)",
  "result.district": "Distrito educativo",
  "result.province": "Provincia",
  "result.cedula": "Cédula",
  "result.cedulaLast4": "termina en {last4}",
  "result.validUntil": "Vigente hasta",
  "result.next": "Escanear siguiente",
  "result.unverifiedData": "Datos del carnet solo como referencia: el carnet no es válido.",

  "how.title": "Cómo se verifica",
  "how.scan":
    "Pida al docente que abra su carnet en la aplicación: el código QR cambia cada 30 segundos, así una foto o captura no sirve.",
  "how.check":
    "El verificador comprueba, sin conexión, la firma del Ministerio, la vigencia, que el carnet no esté anulado y que el código salga del teléfono del titular.",
  "how.static": "Si es una copia impresa o descargada, el resultado lo indica: pida también la cédula.",
} as const;

export type VerifierKey = keyof typeof es;
