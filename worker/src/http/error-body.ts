import type { MessageKey } from "#shared/i18n/index";
import { t } from "#shared/i18n/index";

/** The error body of every API response: `{ error: { code, message: { es, en }, details? } }`. */
export interface ErrorBody {
  error: {
    code: string;
    message: { es: string; en: string };
    details?: unknown;
  };
}

export function errorBody(code: string, key: MessageKey, details?: unknown): ErrorBody {
  const body: ErrorBody = { error: { code, message: { es: t("es", key), en: t("en", key) } } };
  if (details !== undefined) body.error.details = details;
  return body;
}
