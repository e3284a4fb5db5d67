import type { ComponentChildren } from "preact";
import { useLang } from "../hooks/use-lang";
import { LangSwitch } from "./LangSwitch";
import { OfflineBadge } from "./OfflineBadge";
import { UpdatePrompt } from "./UpdatePrompt";

interface Props {
  /** The page's main heading, shown in the header. */
  title: string;
  /** A short line above the title (the app or ministry name). */
  kicker: string;
  /**
   * The app icon's SVG markup (web/public/icons/*.svg imported with `?raw`), drawn inline: an
   * `<img>` of an SVG costs the page a whole SVG document on the launch path (~40 ms at 4× CPU).
   */
  icon: string;
  children: ComponentChildren;
}

/** Header (brand, offline badge, language), update prompt, main content, footer. */
export function AppShell({ title, kicker, icon, children }: Props) {
  const { t } = useLang();
  return (
    <>
      <a class="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header class="app-header">
        <div class="app-header__inner">
          <div class="brand">
            {/* The app's own build-time file (props.icon), never data from elsewhere. */}
            <span class="brand__icon" aria-hidden="true" dangerouslySetInnerHTML={{ __html: icon }} />
            <div>
              <p class="brand__kicker">{kicker}</p>
              <h1 class="brand__title">{title}</h1>
            </div>
          </div>
          <div class="app-header__tools">
            <OfflineBadge />
            <LangSwitch />
          </div>
        </div>
      </header>
      <UpdatePrompt />
      <main id="main" class="app-main" tabIndex={-1}>
        {children}
      </main>
      <footer class="app-footer">
        <p>{t("app.ministry")}</p>
        <p>{t("app.version", { version: import.meta.env.VITE_APP_VERSION })}</p>
      </footer>
    </>
  );
}
