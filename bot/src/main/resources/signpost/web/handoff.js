// "Ask an EDI Contact": the offer an answer (or a No rating) carries, or a support reply's offer to pass the person's
// message on, the consent that shows exactly what will be sent and who sees it, and the EDI Contacts' replies. Nothing is sent before "Send to the EDI Contacts" is pressed.
// The replies are fetched from /api/handoffs (the session cookie says whose): on load, and every 30 seconds while a
// question waits for one. Every text goes in as text, never as HTML.

import { element, heading } from "./dom.js";

const POLL_MILLIS = 30000;
// How the EDI Contacts see a question, by the offer's "by".
const WAYS = { email: "by e-mail", slack: "in their Slack channel", teams: "in their Teams channel" };
const shown = new Set();
let polling = null;
let offers = 0;

/**
 * Returns the offer to pass a question on (or, under a support reply, the person's message: kind "disclosure"): a
 * button that opens the consent in its place.
 */
export function offerPanel(offer) {
  const report = offer.kind === "disclosure";
  const box = element("section", null, "handoff");
  const title = heading(3, report ? "Pass this on to the EDI Contacts" : "Ask an EDI Contact");
  title.id = "handoff-heading-" + ++offers;
  box.setAttribute("aria-labelledby", title.id);
  const about = element("p", report ? offer.about
    : "I can pass your question on to your organisation's EDI Contacts, if you like.");
  const ask = element("button", report ? "Pass this on to the EDI Contacts" : "Ask an EDI Contact", "secondary");
  ask.type = "button";
  ask.addEventListener("click", () => {
    box.replaceChildren(title, ...(report ? reportConsent(offer) : consent(offer)));
    // The consent's first words take focus, so a keyboard or screen reader user reads what will be sent.
    box.querySelector(".handoff-sent-text").focus();
  });
  box.append(title, about, ask);
  return box;
}

/** Returns the consent: the exact text, who sees it, and the button that sends it. */
function consent(offer) {
  const intro = element("p", "This is exactly what will be sent:", "handoff-sent-text");
  intro.tabIndex = -1;
  const quote = element("blockquote", offer.question, "handoff-question");
  const who = element("p", "The EDI Contacts of " + offer.organisation + " will see this question and your "
    + "organisation " + (WAYS[offer.by] || "in their channel") + ", but not your name. Their reply will appear on this page, in this browser, until you "
    + "close it.");
  const send = element("button", "Send to the EDI Contacts");
  send.type = "button";
  const status = element("p", "", "handoff-status");
  status.setAttribute("role", "status");
  send.addEventListener("click", () => sendOffer(offer, send, status));
  return [intro, quote, who, send, status];
}

/**
 * Returns the consent to pass a report on: the message exactly as it will be sent, what the server says must be said
 * (who reads it, that it is not anonymous to its words, by e-mail where it is, where urgent help is), and Send.
 */
function reportConsent(offer) {
  const intro = element("p", "This is what the EDI Contacts will read:", "handoff-sent-text");
  intro.tabIndex = -1;
  const quote = element("blockquote", offer.question, "handoff-question");
  const notes = (offer.notes || []).map((note) => element("p", note, "hint handoff-note"));
  const send = element("button", "Send to the EDI Contacts");
  send.type = "button";
  const status = element("p", "", "handoff-status");
  status.setAttribute("role", "status");
  send.addEventListener("click", () => sendOffer(offer, send, status));
  return [intro, quote, ...notes, send, status];
}

async function sendOffer(offer, send, status) {
  send.disabled = true;
  status.textContent = "Sending…";
  let body = {};
  let response = null;
  try {
    response = await fetch("/api/handoffs", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ offer: offer.token }) });
    body = await response.json().catch(() => ({}));
  } catch (error) {
    response = null;
  }
  if (response && response.ok) {
    status.textContent = body.text;
    send.remove();
    watchReplies();
    return;
  }
  send.disabled = false;
  status.textContent = response ? (body.error || "Sorry, this could not be passed on just now.")
    : "Signpost could not be reached. Check your connection and try again.";
}

/** Fetches this session's questions passed on, shows any new replies, and looks again in 30 s while one waits. */
export async function watchReplies() {
  if (polling) clearTimeout(polling);
  polling = null;
  let body;
  try {
    const response = await fetch("/api/handoffs", { cache: "no-store" });
    if (!response.ok) return;
    body = await response.json();
  } catch (error) {
    polling = setTimeout(watchReplies, POLL_MILLIS);
    return;
  }
  // Oldest first, so replies read in the order the questions were asked.
  for (const handoff of [...body.handoffs].reverse()) {
    if (handoff.status === "replied" && !shown.has(handoff.id)) {
      shown.add(handoff.id);
      showReply(handoff);
    }
  }
  if (body.handoffs.some((h) => h.status === "waiting")) polling = setTimeout(watchReplies, POLL_MILLIS);
}

function showReply(handoff) {
  const region = document.getElementById("replies");
  const article = element("article", null, "handoff-reply");
  const report = handoff.kind === "disclosure";
  const title = heading(2, report ? "The EDI Contacts replied to your message" : "The EDI Contacts replied to your question");
  title.id = "reply-" + handoff.id;
  article.setAttribute("aria-labelledby", title.id);
  const asked = element("p", report ? "You wrote:" : "You asked:", "hint");
  const question = element("blockquote", handoff.question, "handoff-question");
  const reply = element("p", handoff.reply, "handoff-answer");
  const from = element("p", "From the " + handoff.from + ".", "hint");
  article.append(title, asked, question, reply, from);
  region.append(article);
}
