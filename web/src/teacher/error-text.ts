import { ApiError, OfflineError } from "../data/api";
import type { LangApi } from "../hooks/use-lang";

/** What to tell the user about a failed request, in the current language. */
export function errorText(error: unknown, { t, lang }: Pick<LangApi, "t" | "lang">): string {
  if (error instanceof OfflineError) return t("error.offline");
  if (error instanceof ApiError && error.text !== undefined) return error.text[lang];
  return t("error.generic");
}
