export interface DevAccount {
  email: string;
  password: string;
  given_name: string;
  family_name: string;
  name: string;
}

export interface DevClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
  post_logout_redirect_uris?: string[];
}

export interface StartDevOpOptions {
  /** Default 8788; 0 picks a free port (the default issuer then names it). */
  port?: number;
  /** Default "localhost" (listens on every address it resolves to). */
  host?: string;
  /** Default `http://localhost:<port actually listened on>`. */
  issuer?: string;
  clients: DevClient[];
  accounts: DevAccount[];
  /** Signing JWKS kept across restarts. Default `<repo>/.dev-op/jwks.json` (git-ignored). */
  keyFile?: string;
}

export interface DevOp {
  /** The OIDC issuer identifier (exact string the relying party must be configured with). */
  issuer: string;
  /** Base URL of the listening server. */
  url: string;
  close(): Promise<void>;
}

export declare const DEFAULT_KEY_FILE: string;

/** Starts the development OpenID Provider; throws DevOpError on bad accounts, clients or key file. */
export declare function startDevOp(options: StartDevOpOptions): Promise<DevOp>;
