/** Writes the HTML page of each plan LibreOffice converts (run by make.sh). */
import { writeFileSync } from 'node:fs';
import { CORPUS } from '../plans';
import { renderHtml } from '../render-html';
import { LIBREOFFICE_PLANS } from './plans';

for (const name of LIBREOFFICE_PLANS) {
  const plan = CORPUS.find((p) => p.name === name)!;
  writeFileSync(new URL(`./${name}.html`, import.meta.url), renderHtml(plan.title, plan.blocks));
}
