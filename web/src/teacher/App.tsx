import { AppShell } from "../components/AppShell";
import { useLang } from "../hooks/use-lang";
import { lazyComponent } from "./lazy";
import { CardScreen } from "./screens/CardScreen";
import { clearHash, type Route, useHashRoute } from "./use-hash";
import { type Screen, type TeacherActions, type TeacherState, useTeacher } from "./use-teacher";
import "./teacher.css";
import icon from "../../public/icons/teacher.svg?raw";

const Welcome = lazyComponent(() => import("./screens/Welcome").then((m) => m.Welcome));
const onboarding = () => import("./screens/onboarding");
const Cedula = lazyComponent(() => onboarding().then((m) => m.Cedula));
const Consent = lazyComponent(() => onboarding().then((m) => m.Consent));
const Activate = lazyComponent(() => onboarding().then((m) => m.Activate));
const NotEligible = lazyComponent(() => onboarding().then((m) => m.NotEligible));
const myData = () => import("./screens/my-data");
const MyData = lazyComponent(() => myData().then((m) => m.MyData));
const ConsentReader = lazyComponent(() => myData().then((m) => m.ConsentReader));

function Busy({ text }: { text: string }) {
  return (
    <p class="loading" role="status">
      {text}
    </p>
  );
}

function MainScreen({ state, actions }: { state: TeacherState; actions: TeacherActions }) {
  const { t } = useLang();
  const { screen } = state;
  const reroute = () => window.location.reload();
  switch (screen.name) {
    case "loading":
      return <Busy text={t("teacher.loading")} />;
    case "issuing":
      return <Busy text={t("teacher.issuing")} />;
    case "welcome":
      return <Welcome notice={screen.notice} onLogin={actions.login} />;
    case "cedula":
      return <Cedula email={state.email} onBound={actions.cedulaBound} onReroute={reroute} />;
    case "consent":
      return <Consent reason={screen.reason} onAccepted={actions.consentAccepted} onReroute={reroute} />;
    case "activate":
      return <Activate elsewhere={screen.elsewhere} error={screen.error} onActivate={actions.activate} />;
    case "notEligible":
      return (
        <NotEligible
          reason={screen.reason}
          contact={screen.contact}
          onSignedOut={() => actions.forgotten({ name: "welcome", notice: "signedOut" })}
        />
      );
    case "card":
      return state.local === null ? null : (
        <CardScreen local={state.local} notice={state.notice} actions={actions} />
      );
  }
}

/** Secondary screens (from the URL fragment) are open once the app knows who is here. */
function routeShown(route: Route, screen: Screen): Route {
  if (route === "agreement") return route;
  if (route === "myData" && screen.name !== "loading" && screen.name !== "welcome") return route;
  return "card";
}

/** The teacher app: the screen for where the teacher stands, and "Mis datos" / the agreement on request. */
export function App() {
  const { t } = useLang();
  const [state, actions] = useTeacher();
  const route = routeShown(useHashRoute(), state.screen);
  const forgotten = (next: Screen) => {
    clearHash();
    actions.forgotten(next);
  };

  return (
    <AppShell title={t("app.name")} kicker={t("app.ministry")} icon={icon}>
      {route === "myData" ? (
        <MyData
          email={state.email}
          hasCard={state.local !== null}
          onForgotten={forgotten}
          onLogin={actions.login}
        />
      ) : route === "agreement" ? (
        <ConsentReader />
      ) : (
        <MainScreen state={state} actions={actions} />
      )}
    </AppShell>
  );
}
