import { useEffect, useState } from "react";

/**
 * Copies `text` to the clipboard and says so. Where the Clipboard API is unavailable (plain http on another host),
 * it falls back to a hidden textarea and `execCommand("copy")`, and otherwise asks to copy by hand.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state !== "copied") return;
    const timer = window.setTimeout(() => setState("idle"), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      if (navigator.clipboard?.writeText) await navigator.clipboard.writeText(text);
      else if (!copyWithTextarea(text)) throw new Error("no clipboard");
      setState("copied");
    } catch {
      setState(copyWithTextarea(text) ? "copied" : "failed");
    }
  }

  return (
    <>
      <button type="button" className="copy" onClick={copy} aria-label={label}>
        {state === "copied" ? "Copied" : "Copy"}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {state === "copied" ? "Copied to the clipboard." : ""}
      </span>
      {state === "failed" && <span className="small muted"> Select the text and copy it by hand.</span>}
    </>
  );
}

function copyWithTextarea(text: string): boolean {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
