/**
 * The task pane: five screens under a tab list, in the Office theme. Loaded lazily by mount.tsx so
 * the first paint does not wait for Fluent UI and the rules engine.
 */
import { useState } from "react";
import { FluentProvider, Tab, TabList, makeStyles, tokens, webDarkTheme, webLightTheme, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { AppServicesContext, type AppServices } from "../services/app-services";
import { RulebookContext, useRulebookState } from "./use-rulebook";
import { CheckScreen } from "../check/CheckScreen";
import { ValidateScreen } from "../validate/ValidateScreen";
import { RulesetScreen } from "../ruleset/RulesetScreen";
import { MappingScreen } from "../mapping/MappingScreen";
import { HistoryScreen } from "../history/HistoryScreen";

type ScreenId = "check" | "validate" | "ruleset" | "mapping" | "history";

const SCREENS: { id: ScreenId; label: string }[] = [
  { id: "check", label: "Check" },
  { id: "validate", label: "Validate" },
  { id: "ruleset", label: "Ruleset" },
  { id: "mapping", label: "Mapping" },
  { id: "history", label: "History" },
];

const useStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground1 },
  header: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  tabs: { flexWrap: "wrap" },
  main: { padding: tokens.spacingHorizontalM, flexGrow: 1 },
});

export default function App({ services }: { services: AppServices }) {
  const styles = useStyles();
  const rulebook = useRulebookState(services);
  const [screen, setScreen] = useState<ScreenId>("check");
  return (
    <FluentProvider theme={services.theme === "dark" ? webDarkTheme : webLightTheme} className={styles.root}>
      <AppServicesContext.Provider value={services}>
        <RulebookContext.Provider value={rulebook}>
          <header className={styles.header}>
            <h1 className={styles.title}>PMO Rulebook</h1>
            <TabList
              className={styles.tabs}
              size="small"
              selectedValue={screen}
              onTabSelect={(_, data) => setScreen(data.value as ScreenId)}
              aria-label="Screens"
            >
              {SCREENS.map((s) => (
                <Tab key={s.id} value={s.id} id={`tab-${s.id}`} aria-controls="screen">
                  {s.label}
                </Tab>
              ))}
            </TabList>
          </header>
          <main className={styles.main}>
            <div id="screen" role="tabpanel" aria-labelledby={`tab-${screen}`}>
            {services.limitations.map((text) => (
              <MessageBar key={text} intent="warning">
                <MessageBarBody>{text}</MessageBarBody>
              </MessageBar>
            ))}
            {screen === "check" && <CheckScreen />}
            {screen === "validate" && <ValidateScreen />}
            {screen === "ruleset" && <RulesetScreen />}
            {screen === "mapping" && <MappingScreen onOpenRuleset={() => setScreen("ruleset")} />}
            {screen === "history" && <HistoryScreen />}
            </div>
          </main>
        </RulebookContext.Provider>
      </AppServicesContext.Provider>
    </FluentProvider>
  );
}
