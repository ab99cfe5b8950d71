import { SECTIONS, type SectionKey, type SectionTexts } from "./sections.js";

/** One labelled Markdown textarea per section, for writing or editing a draft. */
export function SectionFields({
  idPrefix,
  texts,
  onChange,
  open,
}: {
  idPrefix: string;
  texts: SectionTexts;
  onChange: (texts: SectionTexts) => void;
  open?: readonly SectionKey[];
}) {
  return (
    <fieldset className="section-fields">
      <legend>Sections</legend>
      <p className="field-hint">
        Markdown: blank lines between paragraphs, “- ” or “1. ” for lists, **bold**, *italic*, [links](https://…).
      </p>
      {SECTIONS.map(([key, title]) => (
        <details key={key} open={!open || open.includes(key)}>
          <summary>{title}</summary>
          <label htmlFor={`${idPrefix}-${key}`} className="visually-hidden">
            {title}
          </label>
          <textarea
            id={`${idPrefix}-${key}`}
            rows={6}
            value={texts[key]}
            onChange={(e) => onChange({ ...texts, [key]: e.target.value })}
          />
        </details>
      ))}
    </fieldset>
  );
}
