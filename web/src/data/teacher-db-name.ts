/** The teacher app's IndexedDB database (see ./card-store); apart so the service worker can name it. */
export const DB_NAME = "carnet-docente";
