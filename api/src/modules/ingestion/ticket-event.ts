/**
 * The normalised helpdesk event every vendor adapter produces, and the fold that turns a ticket's events into its
 * interaction. Pure: no I/O. The fold sorts by the vendor's event time, so the order of delivery does not matter
 * (helpdesks deliver at least once and in no guaranteed order).
 */
export const TICKET_EVENT_TYPES = [
  "ticket.created",
  "ticket.agent_replied",
  "ticket.customer_replied",
  "ticket.solved",
  "ticket.reopened",
  "ticket.assignee_changed",
  "ticket.escalated",
  "ticket.csat_rated",
  "ticket.tags_changed",
  "ticket.updated",
] as const;

export type TicketEventType = (typeof TICKET_EVENT_TYPES)[number];

export type TicketEvent = {
  type: TicketEventType;
  /** The vendor's id for this event (or invocation, or ticket + type + time where it has none). */
  dedupeKey: string;
  ticketId: string;
  /** When it happened at the vendor (ISO 8601). */
  occurredAt: string;
  /** Orders events of the same instant (Zendesk's sequence position), when the vendor gives one. */
  sequence?: number | null;
  customerId?: string | null;
  customerEmail?: string | null;
  agentId?: string | null;
  channel?: string | null;
  /** When the ticket was created, as the vendor states it on any of its events. */
  ticketCreatedAt?: string | null;
  tags?: string[] | null;
  satisfaction?: string | null;
};

export type InteractionState = {
  ticketId: string;
  customerId: string | null;
  customerEmail: string | null;
  agentId: string | null;
  channel: string | null;
  openedAt: Date | null;
  firstAgentReplyAt: Date | null;
  solvedAt: Date | null;
  isSolved: boolean;
  reopenCount: number;
  escalated: boolean;
  tags: string[];
  satisfaction: string | null;
  eventCount: number;
};

function byTime(a: TicketEvent, b: TicketEvent): number {
  const dt = Date.parse(a.occurredAt) - Date.parse(b.occurredAt);
  if (dt !== 0) return dt;
  const ds = (a.sequence ?? 0) - (b.sequence ?? 0);
  if (ds !== 0) return ds;
  return a.dedupeKey < b.dedupeKey ? -1 : a.dedupeKey > b.dedupeKey ? 1 : 0;
}

const minDate = (a: Date | null, b: Date): Date => (a && a.getTime() <= b.getTime() ? a : b);

/**
 * Folds every event of one ticket into its interaction. Reopens count only after a solve (in event time), a
 * later solve moves the solved time, and the latest non-empty value of each attribute wins.
 */
export function foldTicketEvents(events: readonly TicketEvent[]): InteractionState {
  const sorted = [...events].sort(byTime);
  const first = sorted[0];
  const state: InteractionState = {
    ticketId: first?.ticketId ?? "",
    customerId: null,
    customerEmail: null,
    agentId: null,
    channel: null,
    openedAt: null,
    firstAgentReplyAt: null,
    solvedAt: null,
    isSolved: false,
    reopenCount: 0,
    escalated: false,
    tags: [],
    satisfaction: null,
    eventCount: sorted.length,
  };
  for (const event of sorted) {
    const at = new Date(event.occurredAt);
    state.customerId = event.customerId ?? state.customerId;
    state.customerEmail = event.customerEmail ?? state.customerEmail;
    state.channel = event.channel ?? state.channel;
    if (
      event.agentId &&
      (event.type === "ticket.assignee_changed" || !state.agentId || event.type === "ticket.created")
    )
      state.agentId = event.agentId;
    if (event.tags) state.tags = [...event.tags];
    if (event.ticketCreatedAt) state.openedAt = minDate(state.openedAt, new Date(event.ticketCreatedAt));
    switch (event.type) {
      case "ticket.created":
        state.openedAt = minDate(state.openedAt, at);
        break;
      case "ticket.agent_replied":
        state.firstAgentReplyAt = minDate(state.firstAgentReplyAt, at);
        break;
      case "ticket.solved":
        state.isSolved = true;
        state.solvedAt = at;
        break;
      case "ticket.reopened":
        if (state.isSolved) state.reopenCount += 1;
        state.isSolved = false;
        break;
      case "ticket.escalated":
        state.escalated = true;
        break;
      case "ticket.csat_rated":
        state.satisfaction = event.satisfaction ?? state.satisfaction;
        break;
      default:
        break;
    }
  }
  // A ticket seen only from a later event: its creation time is the earliest thing we know.
  if (!state.openedAt && first) state.openedAt = new Date(first.occurredAt);
  return state;
}
