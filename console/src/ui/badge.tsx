/** A status pill; `value` picks the colour (a CSS class) and is the text unless `label` gives plain words. */
export function Badge({ value, label }: { value: string; label?: string }) {
  return <span className={`badge ${value}`}>{label ?? value}</span>;
}
