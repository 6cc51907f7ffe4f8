/**
 * The task pane: five screens under a tab list (and Consolidate workbooks… in its More menu), in the Office theme. Loaded lazily by mount.tsx so
 * the first paint does not wait for Fluent UI and the rules engine.
 */
import { useState, type ReactNode } from "react";
import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { AppServicesContext, type AppServices } from "../services/app-services";
import { RulebookContext, useRulebookState } from "./use-rulebook";
import { ScreenTabs, type ScreenTab } from "./ScreenTabs";
import { CheckScreen } from "../check/CheckScreen";
import { ValidateScreen } from "../validate/ValidateScreen";
import { RulesetScreen } from "../ruleset/RulesetScreen";
import { MappingScreen } from "../mapping/MappingScreen";
import { HistoryScreen } from "../history/HistoryScreen";
import { ConsolidateScreen } from "../consolidate/ConsolidateScreen";

type ScreenId = "check" | "validate" | "ruleset" | "mapping" | "history" | "consolidate";

const SCREENS: ScreenTab<ScreenId>[] = [
  { id: "check", label: "Check" },
  { id: "validate", label: "Validate" },
  { id: "ruleset", label: "Ruleset" },
  { id: "mapping", label: "Mapping" },
  { id: "history", label: "History" },
];

// Fluent copies the FluentProvider's className onto every portal's mount node (drop-downs, menus),
// which sits over the whole page: layout styles there (a full height, a background) would cover
// the pane and swallow the clicks meant for the open list. So the provider gets none; this inner
// element carries them.
const useStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground1 },
  header: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  main: { padding: tokens.spacingHorizontalM, flexGrow: 1, minWidth: 0 },
});

export default function App({ services }: { services: AppServices }) {
  const styles = useStyles();
  const rulebook = useRulebookState(services);
  const [screen, setScreen] = useState<ScreenId>("check");
  // Screens stay mounted once opened, so switching tabs keeps what each shows (filters, open groups, results).
  const [opened, setOpened] = useState<Set<ScreenId>>(() => new Set(["check"]));
  const open = (id: ScreenId) => {
    setScreen(id);
    setOpened((prev) => (prev.has(id) ? prev : new Set(prev).add(id)));
  };
  const panel = (id: ScreenId, content: ReactNode) =>
    opened.has(id) && (
      <div key={id} id={`screen-${id}`} role="tabpanel" aria-labelledby={SCREENS.some((t) => t.id === id) ? `tab-${id}` : `${id}-title`} hidden={screen !== id}>
        {content}
      </div>
    );
  return (
    <FluentProvider theme={services.theme === "dark" ? webDarkTheme : webLightTheme}>
      <AppServicesContext.Provider value={services}>
        <RulebookContext.Provider value={rulebook}>
          <div className={styles.root}>
            <header className={styles.header}>
              <h1 className={styles.title}>PMO Rulebook</h1>
              <ScreenTabs tabs={SCREENS} selected={screen} onSelect={open} actions={[{ id: "consolidate", label: "Consolidate workbooks…", onSelect: () => open("consolidate") }]} />
            </header>
            <main className={styles.main}>
              {services.limitations.map((text) => (
                <MessageBar key={text} intent="warning">
                  <MessageBarBody>{text}</MessageBarBody>
                </MessageBar>
              ))}
              {panel("check", <CheckScreen />)}
              {panel("validate", <ValidateScreen onOpenCheck={() => open("check")} />)}
              {panel("ruleset", <RulesetScreen />)}
              {panel("mapping", <MappingScreen onOpenRuleset={() => open("ruleset")} />)}
              {panel("history", <HistoryScreen active={screen === "history"} />)}
              {panel("consolidate", <ConsolidateScreen />)}
            </main>
          </div>
        </RulebookContext.Provider>
      </AppServicesContext.Provider>
    </FluentProvider>
  );
}
