// The parts of an answer that belong to a guided EqIA screening: the quick replies to the question it
// asks next (chat.js sends a clicked one as the next message), and the record's download links. The
// links are same-origin, so the session cookie shows the record is the reader's own.

import { element, heading } from "./dom.js";

const STATUS = { open: "open: Signpost is still asking", complete: "complete", abandoned: "dropped, but kept" };

/** Returns the quick replies to the question a screening asks next, or null when there are none. */
export function quickReplies(next) {
  if (!next || !next.replies || next.replies.length === 0) return null;
  const group = element("div", null, "quick-replies");
  group.setAttribute("role", "group");
  const label = element("p", "Quick replies, or type your own answer:", "hint");
  label.id = "quick-replies-label";
  group.setAttribute("aria-labelledby", label.id);
  const list = element("ul");
  for (const reply of next.replies) {
    const button = element("button", reply, "secondary quick-reply");
    button.type = "button";
    const item = element("li");
    item.append(button);
    list.append(item);
  }
  group.append(label, list);
  return group;
}

/** Returns the screening record's reference, status and download links, or null when there is no screening. */
export function screeningRecord(screening) {
  if (!screening || !screening.reference) return null;
  const box = element("section", null, "record");
  box.setAttribute("aria-labelledby", "record-heading");
  const title = heading(3, "Your screening record");
  title.id = "record-heading";
  const about = element("p", "Reference " + screening.reference + ", "
    + (STATUS[screening.status] || screening.status) + ". Download it to keep it or to use its committee paragraph.");
  about.id = "record-about";
  const links = element("p", null, "downloads");
  const base = "/api/screenings/" + encodeURIComponent(screening.reference);
  for (const [label, extension] of [["Download PDF", ".pdf"], ["Download Markdown", ".md"]]) {
    const link = element("a", label, "download");
    link.href = base + extension;
    link.setAttribute("download", screening.reference + extension);
    link.setAttribute("aria-describedby", about.id);
    links.append(link);
  }
  box.append(title, about, links);
  return box;
}
