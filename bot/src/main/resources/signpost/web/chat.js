// Signpost web chat: loads the organisations, sends questions to /api/ask and shows each answer in
// the aria-live region. Enter asks; Shift+Enter starts a new line. The conversation's id is kept for
// this tab (sessionStorage), so a reply to Signpost's question carries on the same conversation; a
// quick reply is sent as if typed. Replies from the EDI Contacts appear above the answer (see handoff.js).

import { element } from "./dom.js";
import { renderAnswer } from "./answer.js";
import { watchReplies } from "./handoff.js";

const form = document.getElementById("ask");
const questionBox = document.getElementById("question");
const questionError = document.getElementById("question-error");
const orgField = document.getElementById("org-field");
const orgSelect = document.getElementById("org");
const orgFixed = document.getElementById("org-fixed");
const answerRegion = document.getElementById("answer");
const organisations = new Map();
const CONVERSATION = "signpost.conversation";
let inFlight = null;

async function loadOrganisations() {
  let body;
  try {
    const response = await fetch("/api/orgs");
    if (!response.ok) return;
    body = await response.json();
  } catch (error) {
    return;
  }
  for (const org of body.organisations) organisations.set(org.id, org.name);
  if (body.organisations.length === 0) return;
  if (body.organisations.length === 1) {
    // One organisation: nothing to pick, but the page says whose documents answer.
    const only = body.organisations[0];
    orgSelect.append(option(only.id, only.name, true));
    orgFixed.textContent = "Answers for " + only.name + ".";
    orgFixed.hidden = false;
    return;
  }
  // "Not listed" sends org null, which the server answers from shared guidance only, even when a default is set.
  orgSelect.append(option("", "Not listed or not sure", !body.default));
  const byName = [...body.organisations].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  for (const org of byName) orgSelect.append(option(org.id, org.name, org.id === body.default));
  orgField.hidden = false;
}

function option(value, label, selected) {
  const node = element("option", label);
  node.value = value;
  node.selected = Boolean(selected);
  return node;
}

function showError(message) {
  questionError.textContent = message;
  questionError.hidden = false;
  questionBox.setAttribute("aria-invalid", "true");
  questionBox.setAttribute("aria-describedby", "question-error question-hint");
}

function clearError() {
  questionError.hidden = true;
  questionBox.removeAttribute("aria-invalid");
  questionBox.setAttribute("aria-describedby", "question-hint");
}

function showProblem(message) {
  answerRegion.replaceChildren(element("p", message, "problem"));
}

/** Returns the id of this tab's conversation, or undefined (left out of the request) before the first answer. */
function conversation() {
  return sessionStorage.getItem(CONVERSATION) || undefined;
}

async function ask(question, org) {
  if (inFlight) inFlight.abort();
  const controller = new AbortController();
  inFlight = controller;
  answerRegion.setAttribute("aria-busy", "true");
  answerRegion.replaceChildren(element("p", "Looking for an answer", "waiting"));
  try {
    const response = await fetch("/api/ask", {
      method: "POST", headers: { "Content-Type": "application/json" }, signal: controller.signal,
      body: JSON.stringify({ question: question, org: org, conversation: conversation() }) });
    const body = await response.json().catch(() => ({}));
    if (response.ok && body.conversation) sessionStorage.setItem(CONVERSATION, body.conversation);
    // Answered: the box is ready for the next message, unless the person has already started typing it.
    if (response.ok && questionBox.value.trim() === question) questionBox.value = "";
    if (response.ok) answerRegion.replaceChildren(renderAnswer(body, organisations.get(body.org) || null));
    else showProblem("Sorry, Signpost could not answer: " + (body.error || "error " + response.status) + ".");
  } catch (error) {
    if (error.name === "AbortError") return;
    showProblem("Signpost could not be reached. Check your connection and try again.");
  } finally {
    if (inFlight === controller) {
      inFlight = null;
      answerRegion.setAttribute("aria-busy", "false");
    }
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const question = questionBox.value.trim();
  if (question === "") {
    showError("Type a question first.");
    questionBox.focus();
    return;
  }
  clearError();
  ask(question, orgSelect.value || null);
});

questionBox.addEventListener("keydown", (event) => {
  if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
  event.preventDefault();
  form.requestSubmit();
});

for (const example of document.querySelectorAll("button.example")) {
  example.addEventListener("click", () => {
    questionBox.value = example.textContent;
    form.requestSubmit();
  });
}

// A quick reply is sent as if typed; focus stays in the question box, where the next answer can be typed.
answerRegion.addEventListener("click", (event) => {
  const reply = event.target.closest("button.quick-reply");
  if (!reply) return;
  questionBox.value = reply.textContent;
  questionBox.focus();
  form.requestSubmit();
});

loadOrganisations();
// Replies from the EDI Contacts to questions passed on in this browser session, also from a tab since closed.
watchReplies();
