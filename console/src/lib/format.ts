export function formatDate(value: string | null | undefined): string {
  if (!value) return "—";
  const date = new Date(value);
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "—";
  return new Date(value).toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  });
}

export function percent(value: number | null | undefined, digits = 1): string {
  if (value == null || !Number.isFinite(value)) return "—";
  return `${(value * 100).toFixed(digits)} %`;
}

export function signedPercent(value: number, digits = 1): string {
  const text = `${(value * 100).toFixed(digits)} %`;
  return value > 0 ? `+${text}` : text;
}

export function number(value: number | null | undefined, digits = 2): string {
  if (value == null || !Number.isFinite(value)) return "—";
  return value.toFixed(digits);
}

/** "= 0.034" or "< 0.001", to follow "p" or "adjusted p". */
export function pValue(value: number): string {
  return value < 0.001 ? "< 0.001" : `= ${value.toFixed(3)}`;
}
