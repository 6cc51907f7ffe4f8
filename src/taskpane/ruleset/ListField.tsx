/**
 * A list typed as text (comma separated in an input, one per line in a textarea). The text the user
 * types is kept as typed, so spaces inside names survive; the parsed list is reported on every change.
 */
import { useState } from "react";
import { Field, Input, Textarea } from "@fluentui/react-components";
import { parseList } from "../logic/ruleset-edit";

export function ListField(props: { label: string; hint?: string; value: string[]; multiline?: boolean; onChange: (list: string[]) => void; className?: string }) {
  const [text, setText] = useState(() => props.value.join(props.multiline ? "\n" : ", "));
  const change = (next: string) => {
    setText(next);
    props.onChange(parseList(next));
  };
  return (
    <Field label={props.label} hint={props.hint} className={props.className}>
      {props.multiline ? (
        <Textarea resize="vertical" rows={Math.max(3, props.value.length + 1)} value={text} onChange={(_, d) => change(d.value)} />
      ) : (
        <Input value={text} onChange={(_, d) => change(d.value)} />
      )}
    </Field>
  );
}
