/**
 * The small dialog the ribbon's Check portfolio opens with the result. Plain DOM (no React): it must
 * appear at once. Closing tells the commands runtime, which then completes the ribbon event.
 */
import { decodeResult, headline } from "./result-message";

function render(): void {
  const message = decodeResult(window.location.search.slice(1));
  if (message.theme === "dark") document.body.classList.add("dark");
  const title = document.getElementById("headline")!;
  const detail = document.getElementById("detail")!;
  const counts = document.getElementById("counts")!;
  title.textContent = headline(message);
  if (message.failure) {
    detail.textContent = message.failure;
  } else {
    detail.textContent = `${message.projects} projects checked in ${message.workbook}.`;
    for (const [cls, n, word] of [
      ["error", message.error, "errors"],
      ["warning", message.warning, "warnings"],
      ["info", message.info, "notes"],
    ] as const) {
      const li = document.createElement("li");
      li.className = cls;
      li.textContent = `${n} ${word}`;
      counts.appendChild(li);
    }
  }
  const close = document.getElementById("close") as HTMLButtonElement;
  close.addEventListener("click", () => Office.context.ui.messageParent("close"));
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") Office.context.ui.messageParent("close");
  });
  close.focus();
}

Office.onReady(() => render());
