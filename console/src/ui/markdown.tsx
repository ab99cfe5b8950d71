import type { ReactNode } from "react";

/**
 * A small, safe Markdown subset for policy sections: paragraphs, headings, bullet and numbered lists, **bold**,
 * *italic*, `code` and [links](https://…). It builds React elements and never injects HTML, so policy text cannot
 * run scripts; links keep only http(s) and mailto targets. Written by hand because a full Markdown library
 * (26–49 kB gzip, CONSOLE-LIBS.md) is more than these sections use.
 */
export function Markdown({ text }: { text: string }) {
  if (!text.trim()) return <p className="muted">Not written yet.</p>;
  return <div className="markdown">{blocksOf(text)}</div>;
}

function blocksOf(text: string): ReactNode[] {
  const blocks: ReactNode[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  let paragraph: string[] = [];
  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push(<p key={blocks.length}>{inline(paragraph.join(" "))}</p>);
    paragraph = [];
  };
  const flushList = () => {
    if (!list) return;
    // biome-ignore lint/suspicious/noArrayIndexKey: derived from static text, never reordered.
    const items = list.items.map((item, i) => <li key={i}>{inline(item)}</li>);
    blocks.push(list.ordered ? <ol key={blocks.length}>{items}</ol> : <ul key={blocks.length}>{items}</ul>);
    list = null;
  };
  for (const line of text.split(/\r?\n/)) {
    const heading = /^\s*#{1,6}\s+(.*)$/.exec(line);
    const item = /^\s*(?:([-*+])|\d+[.)])\s+(.*)$/.exec(line);
    if (heading) {
      flushParagraph();
      flushList();
      blocks.push(<h4 key={blocks.length}>{inline(heading[1]!)}</h4>);
    } else if (item) {
      flushParagraph();
      const ordered = !item[1];
      if (list && list.ordered !== ordered) flushList();
      list ??= { ordered, items: [] };
      list.items.push(item[2]!);
    } else if (!line.trim()) {
      flushParagraph();
      flushList();
    } else if (list && /^\s{2,}\S/.test(line)) {
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      flushList();
      paragraph.push(line.trim());
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}

const INLINE = /(\*\*[^*]+\*\*|__[^_]+__|\*[^*\s][^*]*\*|_[^_\s][^_]*_|`[^`]+`|\[[^\]]+\]\([^)\s]+\))/g;

/** Bold, italic, code and links inside a line; everything else stays plain text. */
export function inline(text: string): ReactNode[] {
  return text.split(INLINE).map((part, i) => {
    const key = `${i}`;
    if (/^(\*\*|__).+\1$/.test(part)) return <strong key={key}>{inline(part.slice(2, -2))}</strong>;
    if (/^([*_]).+\1$/.test(part)) return <em key={key}>{inline(part.slice(1, -1))}</em>;
    if (/^`.+`$/.test(part)) return <code key={key}>{part.slice(1, -1)}</code>;
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
    if (link) {
      const href = link[2]!;
      if (!/^(https?:|mailto:)/i.test(href)) return link[1];
      return (
        <a key={key} href={href} target="_blank" rel="noreferrer noopener">
          {link[1]}
        </a>
      );
    }
    return part;
  });
}
