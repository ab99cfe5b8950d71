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

/**
 * A pilot that ended before the running one: its treatment (a draft of the version in force now) was tested against
 * the version before it and promoted by the manager, as `promoteVariant` does it (the draft stays a draft; a new
 * published version is based on it).
 */
export type DemoConcludedPilot = {
  name: string;
  hypothesis: string;
  variantKey: string;
  variantName: string;
  rationale: string;
  /** How many days it ran before the manager decided. */
  days: number;
};

export type DemoPolicy = {
  key: string;
  name: string;
  description: string;
  /** Published history, oldest first; the last one is in force. */
  published: DemoVersion[];
  /** Set when the version in force was promoted from a pilot against the one before it. */
  promotedFrom?: DemoConcludedPilot;
  drafts: (DemoVersion & { variantKey: string; variantName: string })[];
};

const GLOSSARY = `- **Ticket**: one customer request, whatever the channel.
- **First response**: the first reply written by a person, not an automatic acknowledgement.
- **Resolution**: the customer confirms the problem is solved, or seven days pass without reply after our fix.
- **Escalation**: handing a ticket to the next level of the ladder with a written summary.
- **Business hours**: 08–18 CET, Monday to Friday, except Swedish public holidays.
- **CSAT**: the customer's rating of one interaction, 1 (very unsatisfied) to 5 (very satisfied).
- **NPS**: how likely the customer is to recommend us, 0–10; promoters (9–10) minus detractors (0–6).`;

const RETURNS_BASE: DemoVersion["sections"] = {
  purpose:
    "Customers spend their money where they feel valued, and a return is the moment they find out whether they are. This policy makes returns and refunds predictable for customers and simple for agents, while protecting the company against abuse. It is published on our help centre so customers know what to expect before they contact us.",
  goals:
    "- Keep customers after a disappointing purchase: a fair refund is cheaper than a lost customer.\n- Resolve refund requests on first contact whenever the rules allow.\n- Learn from every return: record the reason so product teams see patterns before more customers are affected.\n- Teach customers to help themselves: the self-service return form handles the simple cases.",
  expectations:
    "- Agents are courteous, explain the options in plain words, and never argue about the customer's reasons.\n- Customers get a written confirmation of every decision, with the amount and the date the money arrives.\n- Customer data stays private: never ask for a full card number; the order number and email are enough.\n- A lasting relationship comes before a short handling time: take the time to solve the problem.",
  procedures:
    "1. Confirm the order and the purchase date (returns accepted within **30 days**; defective goods within the 3-year statutory warranty).\n2. Ask for the reason and record it as a reason code in the ticket.\n3. Refunds up to **20 EUR** are approved by the agent; above that, the team lead approves.\n4. Send a prepaid return label; refund within 5 business days of receiving the item.\n5. Defective items under 20 EUR: refund without asking for the item back.\n6. Close the ticket with the outcome and the reason code.",
  escalation:
    "Agent → team lead (refunds above 20 EUR, suspected abuse, items outside the return window) → customer service manager (disputes, chargebacks, legal threats, press). Each hand-over carries a written summary; the customer is told who has the ticket now and when they will hear back.",
  channelsAndHours:
    "- Self-service return form: 24/7.\n- Email and web form: 24/7, answered in business hours.\n- Phone: 09–17 CET on weekdays.",
  benchmarks:
    "- First response to a refund request within **4 business hours**.\n- **90 %** of refund requests resolved on first contact.\n- Refund paid within **5 business days** of receiving the item.\n- CSAT on refund tickets of at least **4.0**.",
  glossary: `${GLOSSARY}
- **Reason code**: why the customer returned the item (wrong size, defective, not as described, changed mind, late delivery).
- **Store credit**: a balance on the customer's account, usable on any order, valid 24 months.
- **Team lead**: the senior agent on shift, who approves what agents may not approve alone.`,
};

const COMPLAINTS_BASE: DemoVersion["sections"] = {
  purpose:
    "A complaint is a chance to keep a customer and to find a problem we missed. This policy tells every agent how to turn a complaint into a resolution the customer accepts, when to hand it on, and how the cause reaches the team that can remove it.",
  goals:
    "- Acknowledge every complaint fast and personally.\n- Resolve most complaints at the first level.\n- Feed recurring causes back to the teams that can remove them (monthly complaint review).\n- Keep the customer: fewer detractors on NPS after a complaint than before it.",
  expectations:
    "Listen first, apologise for the experience, never blame the customer or a colleague, and promise only what you can deliver. Keep the customer informed at every step, even when there is no news. If a customer cannot be pleased, stay polite, document the case and escalate: no agent is judged for following this policy.",
  procedures:
    "1. Acknowledge within one hour in business hours, by name.\n2. Restate the complaint in one sentence and ask the customer to confirm it.\n3. Offer a remedy from the remedy list (replacement, repair, refund, goodwill voucher up to 15 EUR).\n4. Record the cause category in the ticket.\n5. Follow up 3 days after the remedy to check the customer is satisfied.",
  escalation:
    "1. **Level 1 — agent**: every complaint starts here.\n2. **Level 2 — team lead**: the remedy list does not fit, the customer asks for a manager, or no agreement after two replies.\n3. **Level 3 — customer service manager**: repeated complaints (3 within 90 days), legal threats, safety issues or press.\n\nEscalate within 30 minutes of deciding to, with a written summary; the customer is told the name of the new owner.",
  channelsAndHours:
    "Phone, email and chat in business hours; social media messages are answered publicly once and moved to email.",
  benchmarks:
    "- Acknowledge within **1 hour** (business hours).\n- **80 %** of complaints resolved at level 1.\n- Level 3 complaints resolved within **5 business days**.\n- Follow-up sent for **95 %** of resolved complaints.",
  glossary: `${GLOSSARY}
- **Complaint**: a customer telling us we fell short, whatever words they use.
- **Remedy list**: what an agent may offer alone — replacement, repair, refund, goodwill voucher up to 15 EUR.
- **Cause category**: product, delivery, billing, service, website.`,
};

const RESPONSE_BASE: DemoVersion["sections"] = {
  purpose:
    "Customers judge us by how fast and how well we answer. This policy sets the channels we offer, the hours we staff them and the response times we promise, and it is published so customers know them too.",
  goals:
    "- Be reachable where customers already are.\n- Answer within the promised time on every channel.\n- Publish the promises so customers know what to expect, and keep them.",
  expectations:
    "Every reply answers the question asked, names the next step and who owns it. Automatic acknowledgements do not count as responses. Never end a call or a chat unresolved to meet a handling-time target.",
  procedures:
    "1. Triage new tickets every 30 minutes: urgent (service down, payment failed), normal, low.\n2. Urgent tickets are answered first on every channel.\n3. If a promise will be missed, tell the customer before it is missed.\n4. Outside business hours, the auto-reply states when we will answer and links the help centre.",
  escalation:
    "An urgent ticket unanswered for 30 minutes goes to the shift lead; a ticket unanswered for a whole business day goes to the customer service manager.",
  channelsAndHours:
    "- Phone: 09–17 CET, weekdays.\n- Chat: 08–18 CET, weekdays.\n- Email and web form: 24/7, answered 08–18 CET on weekdays.\n- Social media: monitored 09–17 CET, weekdays.",
  benchmarks:
    "- Email: first response within **1 hour** in business hours.\n- Chat: answered within **2 minutes**.\n- Phone: 80 % of calls answered within **60 seconds**.\n- Social media: public reply within **4 business hours**.",
  glossary: `${GLOSSARY}
- **Urgent ticket**: the customer cannot use the service or pay.
- **Shift lead**: the team lead on duty, who moves agents between channels.`,
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
          procedures:
            "1. Acknowledge within four hours in business hours.\n2. Restate the complaint and offer a remedy from the remedy list (replacement, repair, refund, goodwill voucher up to 15 EUR).\n3. Close the ticket once the remedy is sent.",
          benchmarks: "- Acknowledge within **4 hours** (business hours).\n- 70 % of complaints resolved by the agent.",
          escalation: "Agent → customer service manager, when the agent cannot resolve the complaint.",
        },
      },
      {
        title: "Complaint handling and escalation",
        changeNote: "Three-level escalation ladder; acknowledgement within one hour; follow-up after every remedy.",
        reviewInDays: 180,
        sections: COMPLAINTS_BASE,
      },
    ],
    promotedFrom: {
      name: "Escalation ladder and one-hour acknowledgement",
      hypothesis:
        "A three-level ladder with a team lead in the middle, acknowledgement within one hour and a follow-up after every remedy raise CSAT on complaints without raising customer effort.",
      variantKey: "three-level-ladder",
      variantName: "Three-level ladder",
      rationale:
        "CSAT, the satisfied share and NPS clearly higher with the three-level ladder, and customer effort lower; team leads report the extra level is manageable. Promote it and review in six months.",
      days: 28,
    },
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

export type CommentPool = { happy: string[]; neutral: string[]; unhappy: string[] };

/**
 * Customer comments for the simulated feedback, by the policy the pilot tests (a few in Swedish: the feedback pages
 * serve English and Swedish).
 */
export const DEMO_COMMENTS: { returns: CommentPool; complaints: CommentPool } = {
  returns: {
    happy: [
      "Refund approved on the spot, thank you!",
      "The agent sorted it out in one message.",
      "Fast and friendly, no need to call again.",
      "I expected a fight about the refund and got none. Impressed.",
      "Clear explanation of what happens next and when the money arrives.",
      "Store credit straight away was perfect for me, I ordered the right size the same day.",
      "Much quicker than last time.",
      "Helpful and polite, problem solved.",
      "The return label was in my inbox within minutes.",
      "Snabb återbetalning, tack!",
      "Mycket trevlig och hjälpsam personal.",
      "Smidigt och enkelt, precis som det ska vara.",
    ],
    neutral: [
      "Fine, but I had to explain my order twice.",
      "OK service, the label took a day to arrive.",
      "Resolved, though it took a few emails.",
      "Would have preferred a call instead of email.",
      "Average experience, nothing special.",
      "The refund came, but nobody told me it had been approved.",
      "Det fungerade, men tog lite tid.",
    ],
    unhappy: [
      "Waited four days for an answer.",
      "Had to be escalated for a 30 euro refund. Really?",
      "Nobody told me who had my ticket.",
      "The refund still has not arrived.",
      "I was asked for the receipt three times.",
      "Store credit is useless to me, I wanted my money.",
      "Too much back and forth for a simple return.",
      "The item was broken on arrival and I still had to pay for the return.",
      "Jag fick vänta alldeles för länge på svar.",
      "Ingen återkom efter att jag skickat tillbaka varan.",
    ],
  },
  complaints: {
    happy: [
      "Someone answered within the hour and actually listened.",
      "The team lead called me back the same day. Problem solved.",
      "I liked that they checked in a few days later.",
      "They apologised properly and fixed it. I will stay.",
      "Bra bemötande, de tog mitt klagomål på allvar.",
    ],
    neutral: [
      "Solved in the end, but I had to repeat my story to a second person.",
      "The voucher was nice, the wait less so.",
      "Okej, men det tog två dagar innan någon svarade.",
    ],
    unhappy: [
      "Four hours before anyone acknowledged my complaint.",
      "I asked for a manager and was told to wait.",
      "Felt like a template answer, nobody read what I wrote.",
      "Klagade två gånger och fick samma standardsvar.",
    ],
  },
};
