// Signpost web chat: asks /api/ask and shows the answer with its sources, contacts and EqIA verdict.
// Built with the DOM only (no innerHTML with answer text), so nothing in an answer can run as script.
"use strict";

const form = document.getElementById("ask");
const questionBox = document.getElementById("question");
const orgField = document.getElementById("org-field");
const orgSelect = document.getElementById("org");
const answerRegion = document.getElementById("answer");

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

async function loadOrganisations() {
  const response = await fetch("/api/orgs");
  if (!response.ok) return;
  const body = await response.json();
  const none = element("option", "Not listed / not sure");
  none.value = "";
  orgSelect.append(none);
  for (const org of body.organisations) {
    const option = element("option", org.name);
    option.value = org.id;
    if (org.id === body.default) option.selected = true;
    orgSelect.append(option);
  }
  if (body.organisations.length > 0) orgField.hidden = false;
}

function list(title, items, render) {
  const section = element("section");
  section.append(element("h3", title));
  const ol = element(title === "Sources" ? "ol" : "ul", null, title.toLowerCase());
  for (const item of items) ol.append(render(item));
  section.append(ol);
  return section;
}

function source(citation) {
  const li = element("li");
  let label = citation.title;
  if (citation.section) label += " > " + citation.section;
  if (citation.page !== null && citation.page !== undefined) label += ", page " + citation.page;
  li.append(element("span", label));
  li.append(element("span", " (" + citation.document + ")", "hint"));
  return li;
}

function contact(card) {
  const li = element("li");
  li.append(element("strong", card.name));
  if (card.role) li.append(document.createTextNode(" (" + card.role + ")"));
  if (card.how) li.append(document.createTextNode(": " + card.how));
  return li;
}

function feedback(answer) {
  const box = element("div", null, "feedback");
  box.append(element("span", "Was this helpful?"));
  const status = element("span", "", "hint");
  status.setAttribute("role", "status");
  for (const [label, helpful] of [["Yes, helpful", true], ["No, not helpful", false]]) {
    const button = element("button", label, "secondary");
    button.type = "button";
    button.addEventListener("click", async () => {
      const response = await fetch("/api/feedback", {
        method: "POST", headers: {"Content-Type": "application/json"},
        body: JSON.stringify({id: answer.id, helpful: helpful})});
      status.textContent = response.ok ? "Thank you, your feedback was recorded." : "Sorry, feedback could not be recorded.";
    });
    box.append(button);
  }
  box.append(status);
  return box;
}

function show(answer) {
  const article = element("article", null, "answer");
  article.append(element("h2", "Answer"));
  if (answer.eqia) article.append(element("p", "EqIA verdict: " + answer.eqia.verdict.replace("_", " "), "verdict"));
  article.append(element("div", answer.text, "answer-text"));
  if (answer.sources.length > 0) article.append(list("Sources", answer.sources, source));
  if (answer.contacts.length > 0) article.append(list("Contacts", answer.contacts, contact));
  if (answer.answered) article.append(feedback(answer));
  answerRegion.replaceChildren(article);
}

function fail(message) {
  const box = element("div", null, "error");
  box.setAttribute("role", "alert");
  box.append(element("p", message));
  answerRegion.replaceChildren(box);
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const question = questionBox.value.trim();
  if (question === "") {
    fail("Please type a question first.");
    questionBox.focus();
    return;
  }
  answerRegion.setAttribute("aria-busy", "true");
  answerRegion.replaceChildren(element("p", "Looking for an answer…"));
  try {
    const response = await fetch("/api/ask", {
      method: "POST", headers: {"Content-Type": "application/json"},
      body: JSON.stringify({question: question, org: orgSelect.value || null})});
    const body = await response.json();
    if (response.ok) show(body); else fail(body.error || "Sorry, something went wrong.");
  } catch (error) {
    fail("Signpost could not be reached. Please try again.");
  } finally {
    answerRegion.setAttribute("aria-busy", "false");
  }
});

loadOrganisations();
