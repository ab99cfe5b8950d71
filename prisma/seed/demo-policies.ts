// The demo's policies, written from the articles in ../shared/seeds (mission, goals, expectations, procedures,
// escalation ladder, channels and hours, benchmarks, glossary, review cadence). Data only.

export type DemoVersion = {
  title: string;
  changeNote: string;
  reviewInDays: number;
  sections: Partial<
    Record<
      | "purpose"
      | "goals"
      | "expectations"
      | "procedures"
      | "escalation"
      | "channelsAndHours"
      | "benchmarks"
      | "glossary",
      string
    >
  >;
};

export type DemoPolicy = {
  key: string;
  name: string;
  description: string;
  /** Published history, oldest first; the last one is in force. */
  published: DemoVersion[];
  drafts: (DemoVersion & { variantKey: string; variantName: string })[];
};

const GLOSSARY = `- **Ticket**: one customer request, whatever the channel.
- **First response**: the first reply written by a person, not an automatic acknowledgement.
- **Resolution**: the customer confirms the problem is solved, or seven days pass without reply after our fix.
- **Escalation**: handing a ticket to the next level of the ladder with a written summary.
- **CSAT**: the customer's rating of one interaction, 1 (very unsatisfied) to 5 (very satisfied).`;

const RETURNS_BASE: DemoVersion["sections"] = {
  purpose:
    "Customers spend their money where they feel valued. This policy makes returns and refunds predictable for customers and simple for agents, while protecting the company against abuse.",
  goals:
    "- Keep customers after a disappointing purchase: a fair refund is cheaper than a lost customer.\n- Learn from every return: record the reason so product teams see patterns.\n- Resolve refund requests on first contact whenever the rules allow.",
  expectations:
    "Agents are courteous, explain the options in plain words, and never argue about the customer's reasons. Customers get a written confirmation of every decision.",
  procedures:
    "1. Confirm the order and the purchase date (returns accepted within **30 days**).\n2. Ask for the reason and record it in the ticket.\n3. Refunds up to **20 EUR** are approved by the agent; above that, the team lead approves.\n4. Send a prepaid return label; refund within 5 business days of receiving the item.\n5. Close the ticket with the outcome and the reason code.",
  escalation:
    "Agent → team lead (refunds above 20 EUR, suspected abuse) → customer service manager (disputes, legal threats, press). Each hand-over carries a written summary; the customer is told who has the ticket now.",
  channelsAndHours:
    "Email and web form around the clock (answered 08–18 CET on weekdays); phone 09–17 CET on weekdays.",
  benchmarks:
    "- First response to a refund request within **4 business hours**.\n- Refund paid within **5 business days** of receiving the item.",
  glossary: GLOSSARY,
};

const COMPLAINTS_BASE: DemoVersion["sections"] = {
  purpose:
    "A complaint is a chance to keep a customer. This policy tells every agent how to turn a complaint into a resolution the customer accepts, and when to hand it on.",
  goals:
    "- Acknowledge every complaint fast and personally.\n- Resolve most complaints at the first level.\n- Feed recurring causes back to the teams that can remove them.",
  expectations:
    "Listen first, apologise for the experience, never blame the customer or a colleague, and promise only what you can deliver. If a customer cannot be pleased, stay polite and document the case.",
  procedures:
    "1. Acknowledge within one hour in business hours, by name.\n2. Restate the complaint in one sentence and ask the customer to confirm it.\n3. Offer a remedy from the remedy list (replacement, repair, refund, goodwill voucher up to 15 EUR).\n4. Follow up 3 days after the remedy to check the customer is satisfied.",
  escalation:
    "Level 1: agent. Level 2: team lead, when the remedy list does not fit or the customer asks for a manager. Level 3: customer service manager, for repeated complaints (3 within 90 days), legal threats or safety issues. Escalate within 30 minutes of deciding to.",
  channelsAndHours: "Phone, email and chat, 08–18 CET on weekdays; social media messages are moved to email.",
  benchmarks:
    "- Acknowledge within **1 hour** (business hours).\n- 80 % of complaints resolved at level 1.\n- Follow-up sent for 95 % of resolved complaints.",
  glossary: GLOSSARY,
};

const RESPONSE_BASE: DemoVersion["sections"] = {
  purpose:
    "Customers judge us by how fast and how well we answer. This policy sets the channels we offer, the hours we staff them and the response times we promise.",
  goals:
    "- Be reachable where customers already are.\n- Answer within the promised time on every channel.\n- Publish the promises so customers know what to expect.",
  expectations:
    "Every reply answers the question asked, names the next step and who owns it. Automatic acknowledgements do not count as responses.",
  procedures:
    "1. Triage new tickets every 30 minutes: urgent (service down, payment failed), normal, low.\n2. Urgent tickets are answered first on every channel.\n3. If a promise will be missed, tell the customer before it is missed.",
  escalation:
    "An urgent ticket unanswered for 30 minutes goes to the shift lead; a ticket unanswered for a whole business day goes to the customer service manager.",
  channelsAndHours:
    "- Phone: 09–17 CET, weekdays.\n- Chat: 08–18 CET, weekdays.\n- Email and web form: 24/7, answered 08–18 CET on weekdays.",
  benchmarks:
    "- Email: first response within **1 hour** in business hours.\n- Chat: answered within **2 minutes**.\n- Phone: 80 % of calls answered within **60 seconds**.",
  glossary: GLOSSARY,
};

export const DEMO_POLICIES: DemoPolicy[] = [
  {
    key: "returns-and-refunds",
    name: "Returns and refunds",
    description: "How customers return goods and get their money back, and who may approve what.",
    published: [
      {
        title: "Returns and refunds",
        changeNote: "First published edition.",
        reviewInDays: 120,
        sections: RETURNS_BASE,
      },
    ],
    drafts: [
      {
        variantKey: "agent-approves-50",
        variantName: "Agents approve up to 50 EUR",
        title: "Returns and refunds: agents approve up to 50 EUR",
        changeNote:
          "Agents may approve refunds up to 50 EUR without the team lead, to resolve more requests on first contact.",
        reviewInDays: 90,
        sections: {
          procedures:
            "1. Confirm the order and the purchase date (returns accepted within **30 days**).\n2. Ask for the reason and record it in the ticket.\n3. Refunds up to **50 EUR** are approved by the agent **without escalation**; above that, the team lead approves.\n4. Send a prepaid return label; refund within 5 business days of receiving the item.\n5. Close the ticket with the outcome and the reason code.",
          escalation:
            "Agent → team lead (refunds above 50 EUR, suspected abuse) → customer service manager (disputes, legal threats, press).",
        },
      },
      {
        variantKey: "instant-store-credit",
        variantName: "Instant store credit",
        title: "Returns and refunds: instant store credit",
        changeNote:
          "Offer instant store credit (110 % of the price) before the item is returned; cash refunds as before.",
        reviewInDays: 90,
        sections: {
          procedures:
            "1. Confirm the order and the purchase date (returns accepted within **30 days**).\n2. Offer **instant store credit of 110 %** of the price, issued before the item comes back; or a cash refund as usual.\n3. Cash refunds up to **20 EUR** are approved by the agent; above that, the team lead approves.\n4. Send a prepaid return label.\n5. Close the ticket with the outcome and the reason code.",
        },
      },
    ],
  },
  {
    key: "complaint-handling",
    name: "Complaint handling and escalation",
    description: "Acknowledging, resolving and escalating complaints, with the escalation ladder.",
    published: [
      {
        title: "Complaint handling",
        changeNote: "First published edition.",
        reviewInDays: 0,
        sections: {
          ...COMPLAINTS_BASE,
          benchmarks: "- Acknowledge within **4 hours** (business hours).",
          escalation: "Agent → customer service manager.",
        },
      },
      {
        title: "Complaint handling and escalation",
        changeNote: "Three-level escalation ladder; acknowledgement within one hour; follow-up after every remedy.",
        reviewInDays: 180,
        sections: COMPLAINTS_BASE,
      },
    ],
    drafts: [
      {
        variantKey: "callback-first",
        variantName: "Call back first",
        title: "Complaint handling: call back first",
        changeNote: "Agents call the customer back within two hours instead of answering complaints in writing.",
        reviewInDays: 90,
        sections: {
          procedures:
            "1. Acknowledge within one hour in business hours, by name, and book a **call back within two hours**.\n2. On the call, restate the complaint and agree on a remedy from the remedy list.\n3. Confirm the remedy in writing the same day.\n4. Follow up 3 days after the remedy.",
        },
      },
    ],
  },
  {
    key: "response-times",
    name: "Response times and contact channels",
    description: "Which channels we offer, when they are staffed, and how fast we answer.",
    published: [
      {
        title: "Response times and channels",
        changeNote: "First published edition.",
        reviewInDays: 60,
        sections: RESPONSE_BASE,
      },
    ],
    drafts: [
      {
        variantKey: "late-chat",
        variantName: "Chat until 22:00",
        title: "Response times: chat open until 22:00",
        changeNote: "Extend chat hours to 22:00 CET on weekdays, staffed by the evening shift.",
        reviewInDays: 90,
        sections: {
          channelsAndHours:
            "- Phone: 09–17 CET, weekdays.\n- Chat: **08–22 CET**, weekdays.\n- Email and web form: 24/7, answered 08–22 CET on weekdays.",
        },
      },
    ],
  },
];

/** Customer comments for the simulated feedback (a few in Swedish: the console serves English and Swedish). */
export const DEMO_COMMENTS = {
  happy: [
    "Refund approved on the spot, thank you!",
    "The agent sorted it out in one message.",
    "Fast and friendly, no need to call again.",
    "I expected a fight about the refund and got none. Impressed.",
    "Clear explanation of what happens next.",
    "Store credit straight away was perfect for me.",
    "Much quicker than last time.",
    "Helpful and polite, problem solved.",
    "Snabb återbetalning, tack!",
    "Mycket trevlig och hjälpsam personal.",
  ],
  neutral: [
    "Fine, but I had to explain my order twice.",
    "OK service, the label took a day to arrive.",
    "Resolved, though it took a few emails.",
    "Would have preferred a call instead of email.",
    "Det fungerade, men tog lite tid.",
    "Average experience, nothing special.",
  ],
  unhappy: [
    "Waited four days for an answer.",
    "Had to be escalated for a 30 euro refund. Really?",
    "Nobody told me who had my ticket.",
    "The refund still has not arrived.",
    "I was asked for the receipt three times.",
    "Jag fick vänta alldeles för länge på svar.",
    "Store credit is useless to me, I wanted my money.",
    "Too much back and forth for a simple return.",
  ],
};
