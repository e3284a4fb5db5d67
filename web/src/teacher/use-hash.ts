import { useEffect, useState } from "preact/hooks";

/** The secondary screens live in the URL fragment (#mis-datos, #acuerdo): back works, offline too. */
export type Route = "card" | "myData" | "agreement";

function routeOf(hash: string): Route {
  if (hash === "#mis-datos") return "myData";
  if (hash === "#acuerdo") return "agreement";
  return "card";
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => routeOf(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(routeOf(window.location.hash));
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return route;
}

/** Leave a secondary screen without adding a history entry. */
export function clearHash(): void {
  if (window.location.hash !== "") {
    window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  }
}
