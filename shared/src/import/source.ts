/**
 * The format-neutral shape every importer reads its file into. Text, .docx, .xlsx, .csv and pasted HTML parsers
 * each produce a SourceDocument; one plan builder turns any SourceDocument into Plan JSON, so sections, sub-headings,
 * column matching and "no text lost" are solved once.
 */

export type SourceFormat = 'text' | 'docx' | 'xlsx' | 'csv' | 'html' | 'tsv';

export interface SourceCell {
  /** The cell's text; paragraphs/lines joined with "\n", bullets kept as written (e.g. "· item"). */
  text: string;
  /** Background fill as 6-digit hex without '#', e.g. "FF0000" (docx cell shading, xlsx fill). */
  shading?: string;
  /** How many grid columns the cell spans (docx gridSpan); 1 when absent. */
  span?: number;
}

export interface SourceRow {
  cells: SourceCell[];
  /** 1-based line (text formats) or row number (spreadsheets) where the row starts, for import warnings. */
  line?: number;
}

export type SourceBlock =
  | { kind: 'table'; rows: SourceRow[] }
  | {
      kind: 'paragraph';
      text: string;
      /** e.g. "Heading1", "Title", "ListParagraph" */
      style?: string;
      /** 1-based line where the paragraph starts, when the format has lines. */
      line?: number;
    };

export interface SourceDocument {
  format: SourceFormat;
  /** A title the container knows (docx core title, file name); the builder may prefer a title found in the text. */
  title?: string;
  /**
   * The heading of a column whose values are the document's parts (a tracker's "Objective" column), which become
   * its sections: the plan keeps the word in its meta (SECTIONS_COLUMN_META) and Concord's exports write it back.
   */
  sectionsColumn?: string;
  blocks: SourceBlock[];
}

/** Plan.meta key: the heading of the source column the sections came from (see SourceDocument.sectionsColumn). */
export const SECTIONS_COLUMN_META = 'sectionsColumn';
/** The .docx custom document property Concord's Word export carries SECTIONS_COLUMN_META in. */
export const SECTIONS_COLUMN_PROPERTY = 'Concord sections column';
