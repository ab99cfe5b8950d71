import { POLICY_SECTIONS, type PolicyContent, type PolicySection, SECTION_TITLES } from "./policy-content.js";

/**
 * The merge rule for draft edits (ADR 0018): every field of a draft (title, change note, review-by date, each
 * section) remembers the revision that last changed it. An edit based on revision B conflicts only on the fields it
 * changes that someone else changed after B; edits of different fields based on the same revision both apply.
 */
export const EDITABLE_FIELDS = ["title", "changeNote", "reviewBy", ...POLICY_SECTIONS] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export type FieldRevision = { revision: number; byId: string | null; byLabel: string; at: string };
export type FieldRevisions = Partial<Record<EditableField, FieldRevision>>;

export const FIELD_LABELS: Record<EditableField, string> = {
  title: "Title",
  changeNote: "Change note",
  reviewBy: "Review by",
  ...SECTION_TITLES,
};

export type DraftValues = { title: string; changeNote: string; reviewBy: Date | null; content: PolicyContent };
export type DraftEdit = {
  title?: string | null;
  changeNote?: string | null;
  /** null clears the date; undefined leaves it. */
  reviewBy?: Date | null;
  content?: Partial<PolicyContent> | null;
};

export function readFieldRevisions(value: unknown): FieldRevisions {
  if (!value || typeof value !== "object") return {};
  const out: FieldRevisions = {};
  for (const field of EDITABLE_FIELDS) {
    const entry = (value as Record<string, unknown>)[field] as FieldRevision | undefined;
    if (entry && typeof entry.revision === "number") out[field] = entry;
  }
  return out;
}

/** Every field as text, the way a conflict shows it (a review-by date as YYYY-MM-DD, none as ""). */
export function valuesAsText(v: DraftValues): Record<EditableField, string> {
  return {
    title: v.title,
    changeNote: v.changeNote,
    reviewBy: v.reviewBy ? v.reviewBy.toISOString().slice(0, 10) : "",
    ...v.content,
  };
}

/** The fields an edit sets, as text; fields it leaves out are absent. */
export function editAsText(edit: DraftEdit): Partial<Record<EditableField, string>> {
  const out: Partial<Record<EditableField, string>> = {};
  if (edit.title !== undefined && edit.title !== null) out.title = edit.title;
  if (edit.changeNote !== undefined && edit.changeNote !== null) out.changeNote = edit.changeNote;
  if (edit.reviewBy !== undefined) out.reviewBy = edit.reviewBy ? edit.reviewBy.toISOString().slice(0, 10) : "";
  for (const key of POLICY_SECTIONS) {
    const value = edit.content?.[key];
    if (value !== undefined && value !== null) out[key] = value;
  }
  return out;
}

export type EditPlan = {
  /** Fields whose value the edit changes (sending a field's current value is not a change). */
  changed: EditableField[];
  /** Changed fields that another writer changed after the edit's base revision. */
  conflicts: EditableField[];
};

export function planEdit(
  current: DraftValues,
  revisions: FieldRevisions,
  edit: DraftEdit,
  baseRevision: number,
): EditPlan {
  const now = valuesAsText(current);
  const wanted = editAsText(edit);
  const changed = EDITABLE_FIELDS.filter((field) => wanted[field] !== undefined && wanted[field] !== now[field]);
  // A field never edited since the version was created was last changed at revision 1.
  const conflicts = changed.filter((field) => (revisions[field]?.revision ?? 1) > baseRevision);
  return { changed, conflicts };
}

export function isSection(field: EditableField): field is PolicySection {
  return (POLICY_SECTIONS as readonly string[]).includes(field);
}
