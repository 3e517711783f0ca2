/** Every plan of the layout corpus. */
import type { CorpusPlan } from '../spec';
import { COLUMN_PLANS } from './columns';
import { KEY_PLANS } from './keys';
import { LEAD_REF_PLANS } from './leads-refs';
import { ROW_PLANS } from './rows';
import { STRUCTURE_PLANS } from './structure';
import { PREVIEW_TRIAL } from './trial';

export const CORPUS: CorpusPlan[] = [...STRUCTURE_PLANS, ...ROW_PLANS, ...COLUMN_PLANS, ...KEY_PLANS, ...LEAD_REF_PLANS, PREVIEW_TRIAL];
