// Small DOM builders. Text always goes in through textContent, never innerHTML, so nothing an
// answer contains can become markup or script.

/** Returns a new element with optional text and class. */
export function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Returns a heading of the given level with the given text. */
export function heading(level, text, className) {
  return element("h" + level, text, className);
}

/** Returns a list (ul or ol) with one item per string, or null when there are none. */
export function textList(items, ordered) {
  if (!items || items.length === 0) return null;
  const list = element(ordered ? "ol" : "ul");
  for (const item of items) list.append(element("li", item));
  return list;
}
