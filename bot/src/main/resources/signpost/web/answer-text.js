// Renders an answer's paragraphs as plain text: blank lines part paragraphs, lines starting "- " are
// list items, and each [n] marker becomes a link to source n in the list of sources.

import { element } from "./dom.js";

const MARKER = /\[(\d+)\]/g;

/** Returns the id of source n's list item, the target of the [n] links. */
export function sourceId(n) {
  return "source-" + n;
}

/** Returns a fragment holding the paragraphs' texts, with markers 1..sourceCount linked. */
export function answerText(paragraphs, sourceCount) {
  const fragment = document.createDocumentFragment();
  for (const block of paragraphs.flatMap((text) => text.split(/\n\s*\n/))) {
    let list = null;
    for (const line of block.split("\n")) {
      if (line.startsWith("- ")) {
        if (list === null) list = fragment.appendChild(element("ul"));
        list.append(withMarkers(element("li"), line.slice(2), sourceCount));
      } else if (line.trim() !== "") {
        list = null;
        fragment.append(withMarkers(element("p"), line, sourceCount));
      }
    }
  }
  return fragment;
}

function withMarkers(node, line, sourceCount) {
  let last = 0;
  for (const match of line.matchAll(MARKER)) {
    const n = Number(match[1]);
    if (n < 1 || n > sourceCount) continue;
    node.append(line.slice(last, match.index));
    const link = element("a", "[" + n + "]", "cite");
    link.href = "#" + sourceId(n);
    link.setAttribute("aria-label", "source " + n);
    node.append(link);
    last = match.index + match[0].length;
  }
  node.append(line.slice(last));
  return node;
}
