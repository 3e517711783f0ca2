/** Every plan of the layout corpus. */
import type { CorpusPlan } from '../spec';
import { COLUMN_PLANS } from './columns';
import { DOCUMENT_PLANS } from './documents';
import { KEY_PLANS } from './keys';
import { LEAD_REF_PLANS } from './leads-refs';
import { NUMBERING_PLANS } from './numbering';
import { ROW_PLANS } from './rows';
import { SECOND_LOOK_PLANS } from './second-look';
import { STRUCTURE_PLANS } from './structure';
import { TRACKER_PLANS } from './trackers';
import { PREVIEW_TRIAL } from './trial';

export const CORPUS: CorpusPlan[] = [...STRUCTURE_PLANS, ...ROW_PLANS, ...COLUMN_PLANS, ...KEY_PLANS, ...LEAD_REF_PLANS, PREVIEW_TRIAL];

/**
 * Plans written blind in a second pass: laid out as published local plans are (cover pages, captions, trackers,
 * sheets, CSV, appendices), to find where the import failed to generalise rather than to fit it.
 */
export const BLIND: CorpusPlan[] = [...DOCUMENT_PLANS, ...TRACKER_PLANS, ...NUMBERING_PLANS, ...SECOND_LOOK_PLANS];

export const ALL_PLANS: CorpusPlan[] = [...CORPUS, ...BLIND];
