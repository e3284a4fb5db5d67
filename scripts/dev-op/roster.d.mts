import type { DevAccount } from "./provider.mjs";

/**
 * The dev OP's accounts from the demo roster CSV: one per row with an e-mail, all with `password`.
 * Throws DevOpError DEV_OP_ROSTER_INVALID on a malformed file or a missing column.
 */
export declare function rosterAccounts(csvText: string, options: { password: string }): DevAccount[];
