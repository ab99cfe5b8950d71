import { Markdown } from "../../ui/markdown.js";
import { type PolicyContent, SECTIONS } from "./sections.js";

export function PolicySections({ content }: { content: PolicyContent }) {
  return (
    <dl className="sections">
      {SECTIONS.map(([key, title]) => (
        <div key={key}>
          <dt>{title}</dt>
          <dd>
            <Markdown text={content[key]} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
