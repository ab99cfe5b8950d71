import type { ReactNode } from "react";

/**
 * A small, safe Markdown subset for policy sections (paragraphs, bullet and numbered lists, **bold**): it builds
 * React elements and never injects HTML, so policy text cannot run scripts. Written by hand because a full Markdown
 * library (26–49 kB gzip, CONSOLE-LIBS.md) is more than these sections use.
 */
export function Markdown({ text }: { text: string }) {
  if (!text.trim()) return <p className="muted">Not written yet.</p>;
  const blocks: ReactNode[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (!list) return;
    // biome-ignore lint/suspicious/noArrayIndexKey: derived from static text, never reordered.
    const items = list.items.map((item, i) => <li key={i}>{inline(item)}</li>);
    blocks.push(list.ordered ? <ol key={blocks.length}>{items}</ol> : <ul key={blocks.length}>{items}</ul>);
    list = null;
  };
  for (const line of text.split("\n")) {
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    if (bullet || numbered) {
      const ordered = Boolean(numbered);
      if (!list || list.ordered !== ordered) {
        flush();
        list = { ordered, items: [] };
      }
      list.items.push((bullet ?? numbered)![1]!);
    } else if (line.trim()) {
      flush();
      blocks.push(<p key={blocks.length}>{inline(line)}</p>);
    } else {
      flush();
    }
  }
  flush();
  return <div className="markdown">{blocks}</div>;
}

function inline(text: string): ReactNode[] {
  return text.split(/(\*\*[^*]+\*\*)/g).map((part, i) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: derived from static text, never reordered.
    part.startsWith("**") && part.endsWith("**") ? <strong key={i}>{part.slice(2, -2)}</strong> : part,
  );
}
