export type DevOpErrorCode =
  | "DEV_OP_ACCOUNT_INVALID"
  | "DEV_OP_ACCOUNT_DUPLICATE"
  | "DEV_OP_CLIENT_INVALID"
  | "DEV_OP_KEY_FILE_INVALID"
  | "DEV_OP_ROSTER_INVALID";

export declare class DevOpError extends Error {
  constructor(code: DevOpErrorCode, message: string, options?: ErrorOptions);
  readonly code: DevOpErrorCode;
}
