import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { IntegrationHealthPanel } from "../../console/src/features/integrations/integration-health-panel.js";
import { duration, relativeTime } from "../../console/src/lib/format.js";

afterEach(cleanup);

const HOUR = 3_600_000;
const start = Math.floor(Date.now() / HOUR) * HOUR - 23 * HOUR;

// What the API answers for `...IntegrationHealthPanel_IntegrationHealthFragment` (fragment masking is only a type).
const health = (overrides: Record<string, unknown> = {}) =>
  ({
    eventsLast24h: 7,
    replaysLast24h: 2,
    unknownTypesLast24h: 1,
    lastEventAt: new Date(Date.now() - 3 * 60_000).toISOString(),
    pendingEvents: 3,
    failedEvents: 1,
    medianLagSeconds: 0.4,
    maxLagSeconds: 95,
    oldestPendingSeconds: 400,
    eventsPerHour: Array.from({ length: 24 }, (_, i) => ({
      hour: new Date(start + i * HOUR).toISOString(),
      count: i === 22 ? 5 : i === 23 ? 2 : 0,
    })),
    rejectedLast24h: [
      { reason: "BAD_SIGNATURE", count: 2 },
      { reason: "STALE_TIMESTAMP", count: 1 },
      { reason: "TOO_LARGE", count: 1 },
    ],
    ...overrides,
  }) as never;

const stat = (label: string) => screen.getByText(label, { selector: "dt" }).nextElementSibling?.textContent;

describe("IntegrationHealthPanel", () => {
  it("gives counts, refusals in plain words, the last event's age and the processing lag", () => {
    render(<IntegrationHealthPanel health={health()} name="Zendesk" />);
    expect(stat("Events received")).toBe("7");
    expect(stat("Rejected")).toMatch(/^4/);
    expect(screen.getByText("2 bad signature")).toBeTruthy();
    expect(screen.getByText("1 stale timestamp")).toBeTruthy();
    expect(screen.getByText("1 too large")).toBeTruthy();
    expect(stat("Replays")).toBe("2");
    expect(stat("Unknown types")).toBe("1");
    expect(stat("Last event")).toBe("3 minutes ago");
    expect(stat("Pending")).toBe("3 oldest 7 min");
    expect(stat("Failed")).toBe("1");
    expect(stat("Processing lag")).toBe("0.4 s median · 95 s max");
  });

  it("has a text alternative for the hourly bars and the hours as a table", () => {
    render(<IntegrationHealthPanel health={health()} name="Zendesk" />);
    const bars = screen.getByRole("img");
    expect(bars.getAttribute("aria-label")).toMatch(/^Events per hour: 7 events in the last 24 hours; busiest hour/);
    expect(bars.getAttribute("aria-label")).toMatch(/with 5\.$/);
    const table = screen.getByRole("table", { name: "Events per hour for Zendesk" });
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(25);
    expect(rows[23]?.textContent).toMatch(/5$/);
  });

  it("says so when nothing arrived", () => {
    render(
      <IntegrationHealthPanel
        health={health({
          eventsLast24h: 0,
          lastEventAt: null,
          medianLagSeconds: null,
          maxLagSeconds: null,
          oldestPendingSeconds: null,
          pendingEvents: 0,
          rejectedLast24h: [],
          eventsPerHour: Array.from({ length: 24 }, (_, i) => ({
            hour: new Date(start + i * HOUR).toISOString(),
            count: 0,
          })),
        })}
        name="Zendesk"
      />,
    );
    expect(screen.getByRole("img").getAttribute("aria-label")).toBe("Events per hour: No events in the last 24 hours.");
    expect(stat("Last event")).toBe("none yet");
    expect(stat("Processing lag")).toBe("—");
    expect(stat("Pending")).toBe("0");
  });
});

describe("relativeTime and duration", () => {
  const now = Date.parse("2026-12-01T12:00:00Z");
  it("speak of the past and future in words", () => {
    expect(relativeTime("2026-12-01T11:59:55Z", now)).toBe("just now");
    expect(relativeTime("2026-12-01T11:59:30Z", now)).toBe("30 seconds ago");
    expect(relativeTime("2026-12-01T11:00:00Z", now)).toBe("1 hour ago");
    expect(relativeTime("2026-11-30T12:00:00Z", now)).toBe("yesterday");
    expect(relativeTime("2026-12-03T12:00:00Z", now)).toBe("in 2 days");
    expect(relativeTime(null, now)).toBe("—");
  });
  it("give lengths of time with a fitting unit", () => {
    expect(duration(0.42)).toBe("0.4 s");
    expect(duration(95)).toBe("95 s");
    expect(duration(400)).toBe("7 min");
    expect(duration(9_000)).toBe("2.5 h");
    expect(duration(null)).toBe("—");
  });
});
