import { useCallback } from "preact/hooks";
import { useLang } from "../hooks/use-lang";
import { type Lang, type Params, type StringKey, vt } from "./strings/index";

export interface VerifierLang {
  readonly lang: Lang;
  readonly t: (key: StringKey, params?: Params) => string;
}

/** The page's UI language (shared with the header's switch) and the verifier's translator. */
export function useVerifierLang(): VerifierLang {
  const { lang } = useLang();
  const t = useCallback((key: StringKey, params?: Params) => vt(lang, key, params), [lang]);
  return { lang, t };
}
