/** Import a ruleset from a JSON file or pasted text, and export the current one. */
import { useState } from "react";
import { Button, Field, Link, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Ruleset } from "../../core/ruleset/types";
import { exportRulesetJson, importRulesetJson } from "../logic/ruleset-edit";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

function fileName(ruleset: Ruleset): string {
  return `${ruleset.name}-${ruleset.version}`.replace(/[^\w.-]+/g, "-") + ".json";
}

export function RulesetIO({ ruleset, onImport }: { ruleset: Ruleset | null; onImport: (r: Ruleset) => void }) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<string[]>([]);
  const [imported, setImported] = useState<string | null>(null);
  const [downloadUrl, setDownloadUrl] = useState<string | null>(null);

  const load = (json: string) => {
    const result = importRulesetJson(json);
    if (result.ok) {
      setErrors([]);
      setText("");
      onImport(result.ruleset);
      setImported(`Imported ${result.ruleset.name} ${result.ruleset.version}: it is used from now on. Save it to the workbook to keep it with the file.`);
    } else {
      setImported(null);
      setErrors(result.errors);
    }
  };

  const exportJson = () => {
    if (!ruleset) return;
    const json = exportRulesetJson(ruleset);
    setText(json);
    if (downloadUrl) URL.revokeObjectURL(downloadUrl);
    setDownloadUrl(URL.createObjectURL(new Blob([json], { type: "application/json" })));
  };

  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Field label="Import a ruleset file (.json)">
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) file.text().then(load, (err: Error) => setErrors([`The file could not be read: ${err.message}`]));
            }}
          />
        </Field>
      </div>
      <Field label="Or paste ruleset JSON (export fills this in)">
        <Textarea resize="vertical" rows={6} value={text} onChange={(_, d) => setText(d.value)} textarea={{ spellCheck: false }} />
      </Field>
      <div className={styles.row}>
        <Button disabled={text.trim() === ""} onClick={() => load(text)}>
          Import pasted JSON
        </Button>
        <Button disabled={!ruleset} onClick={exportJson}>
          Export JSON
        </Button>
        {downloadUrl && ruleset && (
          <Link href={downloadUrl} download={fileName(ruleset)}>
            Download {fileName(ruleset)}
          </Link>
        )}
      </div>
      {imported && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{imported}</MessageBarBody>
        </MessageBar>
      )}
      {errors.length > 0 && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            The ruleset was not imported:
            <ul>
              {errors.slice(0, 10).map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
