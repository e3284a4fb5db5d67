import { createApp } from "./app.ts";

/** The Worker entry: the API; static assets (web/dist) are served by Workers Static Assets. */
export default createApp() satisfies ExportedHandler<Env>;
