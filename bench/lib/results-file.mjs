// What `npm run bench` writes over an existing bench/RESULTS.md: the sections it generates are
// replaced, every other section stays as it was written. A section is a `## ` heading with what
// follows it up to the next `## `; inside a section both runs write, the same holds one level
// down for `### ` subsections (a hand-written "Before and after" beside the generated tables, or
// the agreement gate's table from a run that did not time it). A heading the writer does not
// produce is kept in its place, after the heading it followed before.

/**
 * @typedef {{ heading: string, text: string }} Part one heading's text (heading line included);
 *   heading is '' for the text before the first heading
 */

/**
 * Cuts Markdown at the lines that start with `prefix` (outside fenced code blocks).
 * @param {string} markdown
 * @param {string} prefix '## ' or '### '
 * @returns {{ head: string, parts: Part[] }} head: the text before the first such heading
 */
export function splitAt(markdown, prefix) {
  const lines = markdown.split(/(?<=\n)/);
  /** @type {Part[]} */
  const parts = [];
  let head = '';
  let fenced = false;
  for (const line of lines) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    const current = parts.at(-1);
    if (!fenced && line.startsWith(prefix)) parts.push({ heading: line.trimEnd(), text: line });
    else if (current) current.text += line;
    else head += line;
  }
  return { head, parts };
}

/**
 * The generated parts, with every previous part whose heading they lack put back after the part it
 * followed before (or first, when it led), and after the parts new in this run that follow that one.
 * @param {Part[]} previous
 * @param {Part[]} generated
 * @param {(old: Part, now: Part) => Part} mergeShared what a heading both have becomes
 * @returns {Part[]}
 */
function interleave(previous, generated, mergeShared) {
  const result = generated.slice();
  // Where the next kept part goes: after the last part seen in the previous order.
  let anchor = -1;
  for (const old of previous) {
    const index = result.findIndex((part) => part.heading === old.heading);
    if (index >= 0) {
      result[index] = mergeShared(old, /** @type {Part} */ (result[index]));
      anchor = index;
    } else {
      // Past the parts new in this run that follow the anchor: they stay with the part before them.
      let at = anchor + 1;
      while (at < result.length && !previous.some((part) => part.heading === result[at]?.heading)) at += 1;
      result.splice(at, 0, old);
      anchor = at;
    }
  }
  return result;
}

/** @param {string[]} texts each ends with a blank line but the last, which ends with one newline */
function join(texts) {
  return texts
    .filter((text) => text !== '')
    .map((text, index, all) => {
      const trimmed = text.replace(/\n*$/, '\n');
      return index < all.length - 1 ? `${trimmed}\n` : trimmed;
    })
    .join('');
}

/**
 * The file as the run writes it: `generated` (the whole file rendered from this run), with every
 * section and subsection of `previous` that the run does not generate kept as it is.
 * @param {string | undefined} previous the file as it was (undefined when there was none)
 * @param {string} generated
 * @returns {string}
 */
export function mergeResults(previous, generated) {
  if (previous === undefined) return generated;
  const before = splitAt(previous, '## ');
  const now = splitAt(generated, '## ');
  const sections = interleave(before.parts, now.parts, (old, fresh) => {
    const oldSection = splitAt(old.text, '### ');
    const freshSection = splitAt(fresh.text, '### ');
    const subsections = interleave(oldSection.parts, freshSection.parts, (_, regenerated) => regenerated);
    return { heading: fresh.heading, text: join([freshSection.head, ...subsections.map((part) => part.text)]) };
  });
  return join([now.head, ...sections.map((part) => part.text)]);
}
