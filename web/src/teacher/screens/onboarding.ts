/** The one-time steps, loaded on demand: a returning teacher never downloads them on launch. */
export { Activate } from "./Activate";
export { Cedula } from "./Cedula";
export { Consent } from "./Consent";
export { NotEligible } from "./NotEligible";
