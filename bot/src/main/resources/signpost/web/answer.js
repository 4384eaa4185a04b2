// Renders one answer of the JSON contract: the EqIA verdict, the text with [n] links, the screening's
// quick replies and record, the numbered sources, who can help, a "Why?" disclosure with the rules
// that fired, the feedback control, and the offer to ask an EDI Contact where the answer carries one.

import { element, heading, textList } from "./dom.js";
import { answerText, sourceId } from "./answer-text.js";
import { feedback } from "./feedback.js";
import { offerPanel } from "./handoff.js";
import { quickReplies, screeningRecord } from "./screening.js";

const VERDICTS = { required: "required", screening: "screening", not_required: "not required" };
// The verdict panel's parts: heading, field of answer.eqia, numbered or not.
const PARTS = [["Why", "reasons", false], ["Next steps", "next_steps", true],
  ["To settle it, tell me", "open_questions", false], ["Important", "caveats", false]];
// The kinds of paragraph the verdict panel and the contacts section show, so the text leaves them out.
const SHOWN_APART = { verdict: "eqia", reasons: "eqia", next_steps: "eqia", open_questions: "eqia", caveat: "eqia",
  contacts: "contacts" };
// The kinds of paragraph that are detail: shown under "Why?" rather than in the short answer.
const DETAIL = new Set(["aims", "more"]);
const INTENTS = {
  duty: "a question about equality duties", eqia: "a question about Equality Impact Assessments",
  objective: "a question about equality objectives and plans", contact: "a question about who to contact",
  definition: "a request for a definition", fact: "a question of fact",
  support: "someone asking for support", unknown: "a question Signpost could not place" };

/** Returns the article showing an answer; orgName is the organisation it was asked for, or null. */
export function renderAnswer(answer, orgName) {
  const article = element("article", null, "answer");
  article.setAttribute("aria-labelledby", "answer-heading");
  const title = heading(2, "Answer");
  title.id = "answer-heading";
  article.append(title, asked(answer.question, orgName));
  if (answer.eqia) article.append(verdict(answer.eqia));
  const paragraphs = answer.paragraphs || [{ kind: "body", text: answer.text }];
  const text = element("div", null, "answer-text");
  text.append(answerText(paragraphs.filter((p) => !shownApart(p, answer) && !DETAIL.has(p.kind)).map((p) => p.text),
    answer.sources.length));
  article.append(text);
  if (answer.offer) article.append(offerPanel(answer.offer));
  for (const part of [quickReplies(answer.next), screeningRecord(answer.screening)]) if (part) article.append(part);
  if (answer.sources.length > 0) article.append(sources(answer.sources));
  if (answer.contacts.length > 0) article.append(contacts(answer.contacts, paragraphs));
  article.append(why(answer, paragraphs.filter((p) => DETAIL.has(p.kind))));
  // A reply that is not an answer (about the person's own data) has no id and nothing to rate.
  if (answer.id) article.append(feedback(answer.id, { conversation: answer.conversation, org: answer.org }));
  return article;
}

function asked(question, orgName) {
  const line = element("p", "You asked: “" + question + "”", "asked");
  if (orgName) line.append(element("span", " for " + orgName, "asked-org"));
  return line;
}

function verdict(eqia) {
  const box = element("section", null, "verdict verdict-" + eqia.verdict.replace("_", "-"));
  box.setAttribute("aria-labelledby", "verdict-heading");
  const title = heading(3, "EqIA verdict: ");
  title.id = "verdict-heading";
  title.append(element("span", VERDICTS[eqia.verdict] || eqia.verdict, "verdict-word"));
  box.append(title);
  for (const [label, key, ordered] of PARTS) {
    const list = textList(eqia[key], ordered);
    if (list) box.append(heading(4, label), list);
  }
  return box;
}

/** Returns whether the paragraph is shown by the verdict panel or the contacts section, which the answer has. */
function shownApart(paragraph, answer) {
  const part = SHOWN_APART[paragraph.kind];
  return part === "eqia" ? Boolean(answer.eqia) : part === "contacts" && answer.contacts.length > 0;
}

function sources(citations) {
  const box = element("section", null, "sources");
  box.setAttribute("aria-labelledby", "sources-heading");
  const title = heading(3, "Sources");
  title.id = "sources-heading";
  const list = element("ol");
  citations.forEach((citation, index) => list.append(source(citation, index + 1)));
  box.append(title, list);
  return box;
}

function source(citation, n) {
  const item = element("li");
  item.id = sourceId(n);
  item.tabIndex = -1;
  item.append(element("span", citation.title || citation.document, "source-title"));
  const where = [];
  if (citation.section) where.push("Section: " + citation.section);
  if (citation.page !== null && citation.page !== undefined) where.push("page " + citation.page);
  if (where.length > 0) item.append(element("span", where.join(", "), "source-where"));
  item.append(element("span", "Document: " + citation.document, "source-file"));
  return item;
}

/** Returns the contacts under the lead the answer gives them, e.g. "Who advises and signs off". */
function contacts(cards, paragraphs) {
  const box = element("section", null, "contacts");
  box.setAttribute("aria-labelledby", "contacts-heading");
  const lead = paragraphs.find((p) => p.kind === "contacts");
  const title = heading(3, lead ? lead.lead : "Who can help");
  title.id = "contacts-heading";
  const list = element("ul");
  for (const card of cards) {
    const item = element("li");
    item.append(element("span", card.name, "contact-name"));
    if (card.role) item.append(element("span", card.role, "contact-role"));
    if (card.how) item.append(element("span", card.how, "contact-how"));
    list.append(item);
  }
  box.append(title, list);
  return box;
}

function why(answer, detail) {
  const box = element("details", null, "why");
  box.append(element("summary", "Why?"));
  if (detail.length > 0) {
    const more = element("div", null, "answer-text more");
    more.append(answerText(detail.map((p) => p.text), answer.sources.length));
    box.append(more);
  }
  box.append(element("p", "Signpost read this as " + (INTENTS[answer.intent] || answer.intent) + "."));
  if (!answer.rules || answer.rules.length === 0) {
    box.append(element("p", "No rule fired: the answer comes from the passages found."));
    return box;
  }
  box.append(element("p", "The rules that fired, in order:"));
  const list = element("ol", null, "rules");
  for (const rule of answer.rules) {
    const item = element("li", words(rule) + " (");
    item.append(element("code", rule), ")");
    list.append(item);
  }
  box.append(list);
  return box;
}

/** Returns a rule name in words: "AssessBeforeTheDecision" becomes "Assess before the decision". */
function words(rule) {
  const parts = rule.split(/(?<=[a-z0-9])(?=[A-Z])/).map((word) => word.toLowerCase());
  const sentence = parts.join(" ").replace(/\beqias?\b/g, (w) => w.replace("eqia", "EqIA"));
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
