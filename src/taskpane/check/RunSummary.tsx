/** What the last check covered (projects, as-of date, ruleset), what it wrote, and what it could not check. */
import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useRulebook } from "../app/use-rulebook";
import { isoFromDay } from "../../core/model/dates";
import { rulesNotRun } from "../../core/submission";
import { counted } from "../logic/wording";
import { NoRegister, RulesNotRun } from "./RulesNotRun";

export function RunSummary() {
  const { lastRun } = useRulebook();
  if (!lastRun) return null;
  const { outcome, written } = lastRun;
  const notRun = rulesNotRun(outcome.ruleset, outcome.result, outcome.portfolio);
  const projects = outcome.portfolio.projects.length;
  return (
    <div role="status" data-testid="run-summary" data-run={lastRun.run.id ?? lastRun.run.at} style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Text block>
        Checked {counted(projects, "project")} of “{lastRun.source.label}” as of {isoFromDay(outcome.asOf)} with {outcome.ruleset.name} {outcome.ruleset.version}:{" "}
        {counted(outcome.result.summary.total, "finding")} on {counted(outcome.result.summary.projects, "project")}.
      </Text>
      {written && (
        <Text block>
          Summary sheets written: {written.written.map((w) => w.sheet).join(", ")}.{written.notes.length > 0 ? ` ${written.notes.join(" ")}` : ""}
        </Text>
      )}
      {lastRun.writeError && (
        <MessageBar intent="warning">
          <MessageBarBody>The summary sheets were not written: {lastRun.writeError}</MessageBarBody>
        </MessageBar>
      )}
      {projects === 0 && <NoRegister />}
      <RulesNotRun rules={notRun} />
    </div>
  );
}
