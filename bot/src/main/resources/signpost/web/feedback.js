// The "Was this helpful?" control: two toggle buttons that post to /api/feedback with the answer's id.

import { element } from "./dom.js";

const CHOICES = [["Yes", true, "helpful"], ["No", false, "not helpful"]];

/** Returns the feedback group for an answer id. */
export function feedback(answerId) {
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
    button.addEventListener("click", () => send(answerId, helpful, words, button, all, status));
    all.push(button);
    buttons.append(button);
  }
  group.append(question, buttons, status);
  return group;
}

async function send(answerId, helpful, words, chosen, all, status) {
  status.textContent = "Sending…";
  let ok = false;
  try {
    const response = await fetch("/api/feedback", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ id: answerId, helpful: helpful }) });
    ok = response.ok;
  } catch (error) {
    ok = false;
  }
  for (const button of all) button.setAttribute("aria-pressed", String(ok && button === chosen));
  status.textContent = ok
    ? "Thank you: recorded as " + words + "."
    : "Sorry, your feedback could not be recorded. Please try again.";
}
