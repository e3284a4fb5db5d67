import { useLang } from "../hooks/use-lang";
import { useOnline } from "../hooks/use-online";

/** A live region that says "Sin conexión" while the device is offline, and nothing otherwise. */
export function OfflineBadge() {
  const online = useOnline();
  const { t } = useLang();
  return (
    <p class="offline-badge" role="status" data-online={online ? "true" : "false"}>
      {online ? null : t("status.offline")}
    </p>
  );
}
