/**
 * Bounds of the status list: 2^24 statuses (16.7 million cards, 2 MiB at one bit each) and the
 * longest status list token we accept. Decompression never writes more than the bound, so a
 * hostile `lst` cannot exhaust memory.
 */
export const MAX_STATUS_LIST_SIZE = 2 ** 24;
export const MAX_STATUS_LIST_JWT_LENGTH = 4 * 1024 * 1024;
