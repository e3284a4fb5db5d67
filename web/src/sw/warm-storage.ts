/**
 * A launch of the teacher app reads the card from IndexedDB before anything else; on a freshly
 * started browser, most of that read is the browser opening the origin's IndexedDB store from
 * disk. The service worker answers the launch's navigation well before the page's scripts run,
 * so it asks for the database then (and closes it at once): the browser opens the store while
 * the page loads, and keeps it open for a moment after the last connection closes.
 * It never creates the database: if it does not exist (no card on this device), the creation
 * is aborted, so the page's own first open still creates it with its object stores.
 */
import { DB_NAME } from "../data/teacher-db-name";

export function warmStorage(name: string = DB_NAME): void {
  let request: IDBOpenDBRequest;
  try {
    request = indexedDB.open(name);
  } catch {
    return; // no IndexedDB here: nothing to warm
  }
  request.onupgradeneeded = () => request.transaction?.abort();
  request.onsuccess = () => request.result.close();
  request.onerror = (event) => event.preventDefault();
}
