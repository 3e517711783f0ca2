/** Small builders for corpus specs. */
import { FILL, type CellSpec } from '../spec';

/** A cell that carries a rating only as its colour, as Word plans do. */
export const shaded = (colour: keyof typeof FILL): CellSpec => ({ text: '', fill: FILL[colour] });

/** A full-width heading row's one cell. */
export const across = (text: string, span: number, fill?: string): CellSpec => ({ text, span, ...(fill ? { fill } : {}) });

/** A bulleted cell. */
export const bullets = (...lines: string[]): CellSpec => ({ text: lines, list: 'bullet' });

/** A numbered-list cell. */
export const numbered = (...lines: string[]): CellSpec => ({ text: lines, list: 'number' });
