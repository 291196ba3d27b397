/**
 * What one PDF download may cost. pdfkit measures a word too long for its line again for every
 * line it fills, caching each measurement: one 12,000-character word once took the whole heap.
 * Text reaches pdfkit with a break opportunity at least every `unbrokenRun` characters, and the
 * narrative (up to 100,000 characters) is laid out in blocks, checking pages and time between.
 */
export const PDF_LIMITS = {
  /** Longest run of characters without a break opportunity handed to pdfkit. */
  unbrokenRun: 30,
  /** Pages the narrative may fill; the rest is left out, with a note saying so. */
  narrativePages: 40,
  /** Milliseconds of narrative layout; past them the rest is left out with the same note. */
  narrativeMs: 5_000,
  /** Characters laid out in one pdfkit call, between two checks of the bounds above. */
  blockChars: 2_000,
} as const;

/** Zero-width space: a break opportunity (UAX #14) that prints nothing. */
const ZWSP = '\u200b';

/**
 * Inserts a zero-width space into every run of more than `max` non-space characters (code
 * points, so no surrogate pair is split), letting pdfkit wrap it like ordinary words.
 */
export function breakLongRuns(text: string, max: number = PDF_LIMITS.unbrokenRun): string {
  const longRun = new RegExp(`[^\\s${ZWSP}]{${max + 1},}`, 'gu');
  const piece = new RegExp(`[^\\s${ZWSP}]{1,${max}}`, 'gu');
  return text.replace(longRun, (run) => run.match(piece)!.join(ZWSP));
}

/**
 * Cuts a line (already broken by `breakLongRuns`) into blocks of about `size` characters, each
 * ending at a break opportunity so that laying them out one after the other wraps the same.
 */
export function blocksOf(line: string, size: number = PDF_LIMITS.blockChars): string[] {
  const blocks: string[] = [];
  let start = 0;
  while (start < line.length) {
    let end = Math.min(line.length, start + size);
    while (end < line.length && !/[\s\u200b]/.test(line[end - 1])) end++;
    blocks.push(line.slice(start, end));
    start = end;
  }
  return blocks;
}

/**
 * Writes `text` line by line and block by block, stopping with `note` once the narrative has
 * reached its page bound or its time bound. Returns whether it was cut short.
 */
export function writeBounded(
  doc: PDFKit.PDFDocument,
  text: string,
  note: (limits: typeof PDF_LIMITS) => string,
): boolean {
  const started = Date.now();
  let pages = 1;
  const pageAdded = () => pages++;
  doc.on('pageAdded', pageAdded);
  const overBudget = () =>
    pages >= PDF_LIMITS.narrativePages || Date.now() - started > PDF_LIMITS.narrativeMs;
  try {
    for (const line of breakLongRuns(text).split(/\r\n|\r|\n/)) {
      if (overBudget()) {
        doc.moveDown().text(note(PDF_LIMITS));
        return true;
      }
      if (!line.trim()) {
        doc.moveDown();
        continue;
      }
      const blocks = blocksOf(line);
      for (let i = 0; i < blocks.length; i++) {
        if (i > 0 && overBudget()) {
          doc.text('…').moveDown().text(note(PDF_LIMITS));
          return true;
        }
        doc.text(blocks[i], { continued: i < blocks.length - 1 });
      }
    }
    return false;
  } finally {
    doc.removeListener('pageAdded', pageAdded);
  }
}
