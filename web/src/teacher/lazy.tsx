import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { useLang } from "../hooks/use-lang";

/**
 * A component whose code is fetched on first use (a separate chunk, precached by the service
 * worker, so it also loads offline). Shows a status line while loading and an error if it fails.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  return function Lazy(props: P) {
    const { t } = useLang();
    const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Component !== undefined) return;
      loading ??= load().then((component) => {
        loaded = component;
        return component;
      });
      loading.then(
        (component) => setComponent(() => component),
        () => {
          loading = undefined;
          setFailed(true);
        },
      );
    }, [Component]);
    if (Component !== undefined) return <Component {...props} />;
    return (
      <p class={failed ? "banner banner--error" : "loading"} role={failed ? "alert" : "status"}>
        {failed ? t("error.generic") : t("teacher.loading")}
      </p>
    );
  };
}
