// The "Was this helpful?" control: two toggle buttons that post to /api/feedback with the answer's id, and the
// conversation and organisation it was asked in, so that a first No can offer to pass its question on.

import { element } from "./dom.js";
import { offerPanel } from "./handoff.js";

const CHOICES = [["Yes", true, "helpful"], ["No", false, "not helpful"]];

/** Returns the feedback group for an answer id, asked in `asked` ({ conversation, org }). */
export function feedback(answerId, asked) {
  const group = element("div", null, "feedback");
  group.setAttribute("role", "group");
  const question = element("p", "Was this answer helpful?", "feedback-question");
  question.id = "feedback-question";
  group.setAttribute("aria-labelledby", question.id);
  const buttons = element("div", null, "feedback-buttons");
  const status = element("p", "", "feedback-status");
  status.setAttribute("role", "status");
  const all = [];
  for (const [label, helpful, words] of CHOICES) {
    const button = element("button", label, "secondary");
    button.type = "button";
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", () => send({ id: answerId, helpful: helpful, ...asked }, words, button, all, status));
    all.push(button);
    buttons.append(button);
  }
  group.append(question, buttons, status);
  return group;
}

async function send(rating, words, chosen, all, status) {
  status.textContent = "Sending…";
  let ok = false;
  let offer = null;
  try {
    const response = await fetch("/api/feedback", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(rating) });
    ok = response.ok;
    // A first No may come back with the offer to pass the question on (200); other ratings have no body (204).
    if (response.status === 200) offer = (await response.json().catch(() => ({}))).offer || null;
  } catch (error) {
    ok = false;
  }
  for (const button of all) button.setAttribute("aria-pressed", String(ok && button === chosen));
  status.textContent = ok
    ? "Thank you: recorded as " + words + "."
    : "Sorry, your feedback could not be recorded. Please try again.";
  const group = status.closest(".feedback");
  if (offer && !group.parentNode.querySelector(".handoff")) group.after(offerPanel(offer));
}
