// Checks run inside the page by WebChatBrowserTest through executeScript: arguments[0] names the
// check, and the script returns what failed (an empty list when all is well).
const check = arguments[0];

function rgba(text) {
  const parts = text.match(/[\d.]+/g).map(Number);
  return { r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1 };
}

function luminance(c) {
  const channel = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

function ratio(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// The colour behind an element: the first ancestor background that is not transparent.
function background(node) {
  for (let n = node; n && n.nodeType === 1; n = n.parentElement) {
    const c = rgba(getComputedStyle(n).backgroundColor);
    if (c.a > 0.99) return c;
    if (c.a > 0) throw new Error("translucent background on " + n.className);
  }
  return rgba(getComputedStyle(document.documentElement).backgroundColor || "rgb(255,255,255)");
}

function visible(node) {
  const style = getComputedStyle(node);
  return node.getClientRects().length > 0 && style.visibility !== "hidden" && style.display !== "none";
}

function ownText(node) {
  return Array.from(node.childNodes).filter((c) => c.nodeType === 3).map((c) => c.textContent).join("").trim();
}

// Every visible element with text of its own, against WCAG 2.2 AA: 4.5:1, or 3:1 for large text.
function contrast() {
  const failures = [];
  let checked = 0;
  for (const node of document.body.querySelectorAll("*")) {
    if (!visible(node) || ownText(node) === "" || node.closest("[hidden]")) continue;
    const style = getComputedStyle(node);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const found = ratio(rgba(style.color), background(node));
    checked++;
    if (found < (large ? 3 : 4.5)) {
      failures.push(node.tagName.toLowerCase() + "." + node.className + " \"" + ownText(node).slice(0, 40)
          + "\" " + style.color + " on " + JSON.stringify(background(node)) + ": " + found.toFixed(2));
    }
  }
  if (checked < 20) failures.push("only " + checked + " text elements were checked");
  return failures;
}

// Heading levels start at 1 and never skip one going down.
function headings() {
  const failures = [];
  let previous = 0;
  for (const h of document.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
    if (!visible(h)) continue;
    const level = Number(h.tagName[1]);
    if (level > previous + 1) failures.push(h.tagName + " \"" + h.textContent + "\" follows h" + previous);
    previous = level;
  }
  if (document.querySelectorAll("h1").length !== 1) failures.push("expected exactly one h1");
  return failures;
}

// Every form control and button has a name a screen reader can say.
function labels() {
  const failures = [];
  for (const control of document.querySelectorAll("textarea, select, input, button, a[href], summary")) {
    if (!visible(control)) continue;
    const named = (control.labels && control.labels.length > 0) || control.getAttribute("aria-label")
        || control.getAttribute("aria-labelledby") || control.textContent.trim() !== "";
    if (!named) failures.push(control.outerHTML.slice(0, 80));
  }
  return failures;
}

// The focused element, and its outline: style and width in px.
function focusRing() {
  const node = document.activeElement;
  const style = getComputedStyle(node);
  return { element: node.tagName.toLowerCase() + (node.id ? "#" + node.id : "") + " \"" + node.textContent.trim().slice(0, 40) + "\"",
    style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
}

function overflow() {
  const root = document.documentElement;
  const wide = Array.from(document.body.querySelectorAll("*"))
    .filter((n) => visible(n) && n.getBoundingClientRect().right > root.clientWidth + 0.5)
    .map((n) => n.tagName.toLowerCase() + "." + n.className + " right=" + n.getBoundingClientRect().right);
  if (root.scrollWidth > root.clientWidth) wide.unshift("scrollWidth " + root.scrollWidth + " > " + root.clientWidth);
  return wide;
}

return { contrast, headings, labels, focusRing, overflow }[check]();
