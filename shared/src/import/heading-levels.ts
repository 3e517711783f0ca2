/**
 * The document's own levels. Every heading gets a rank from its form and where it sits; the best rank present is
 * the plan's top level (its sections) and every other heading is a sub-heading. So "Objective N" rows make the
 * sections even when plain rows sit under them, and plain full-width rows are the sections when nothing ranks
 * above them: a plan that names its parts never gets an untitled section.
 */
import type { HeadingForm } from './headings';

export interface HeadingCandidate {
  form: HeadingForm;
  /** A paragraph outside the tables, or a row inside one. */
  place: 'paragraph' | 'row';
  /** "Heading1", "Title" ... for paragraphs with a style. */
  style?: string;
}

/** Lower is higher in the document. */
export function headingRank(h: HeadingCandidate): number {
  if (h.form === 'keyword') return 1;
  const styled = /^heading\s*(\d)/i.exec(h.style ?? '');
  if (h.form === 'number' || h.form === 'caps') return 2;
  if (styled) return Number(styled[1]) + 1;
  if (h.form === 'number2') return 4;
  return h.place === 'paragraph' ? 3 : 5;
}
