/** The teacher app's IndexedDB database (see ./card-store); apart so the service worker can name it. */
export const DB_NAME = "carnet-docente";

/** The key of the one record each store holds. */
export const CURRENT = "current";

/** The store of the launch snapshot (web/src/launch/launch-page.ts), added in version 2. */
export const LAUNCH_STORE = "launch";
