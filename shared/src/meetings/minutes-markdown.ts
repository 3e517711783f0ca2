// Minutes as Markdown: for pasting into an email, a wiki or a Word document, and for reading in the app.
import { headline } from './chase';
import { DEFAULT_LOCALE, formatDate } from './dates';
import { MINUTES_HEADINGS as H, chaseIntro, ragMovementText, ragSummaryText, type Minutes, type MinutesItem } from './minutes';
import type { ActionSummary } from './plan-walk';
import { positionSource } from './position';

/** How the renderers write dates: the reader's locale (default en-GB). */
export interface MinutesRenderOptions {
  locale?: string;
}

/** Escapes Markdown punctuation in user text, so a lead's "*" or "#" prints as written. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>|#]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+]|\d+[.)])(\s)/gm, (_m, sp: string, mark: string, after: string) =>
      `${sp}${mark.replace(/([-+.)])$/, '\\$1')}${after}`);
}

/** Multi-line user text inside a list item: each line kept, as a hard break, indented under the item. */
const block = (text: string, indent: string): string =>
  escapeMarkdown(text.trim()).split('\n').map((l) => l.trimEnd()).join(`\\\n${indent}`);

const refText = (a: ActionSummary): string => (a.ref ? `${escapeMarkdown(a.ref.replace(/\.$/, ''))}. ` : '');

const actionLine = (a: ActionSummary): string => `- ${refText(a)}${escapeMarkdown(headline(a.text))}`;

function discussedItem(item: MinutesItem, locale: string): string[] {
  const lines = [`### ${refText(item)}${escapeMarkdown(headline(item.text))}`, ''];
  if (item.leads.length > 0) lines.push(`- **Lead:** ${item.leads.map(escapeMarkdown).join('; ')}`);
  lines.push(`- **RAG:** ${ragMovementText(item)}`);
  if (item.leadAbsent) lines.push('- **Lead absent**');
  if (item.minute !== null) lines.push(`- **Minute:** ${block(item.minute, '  ')}`);
  else for (const u of item.updates) lines.push(`- **Update (${escapeMarkdown(u.author)}):** ${block(u.text, '  ')}`);
  if (item.minute === null && item.updates.length === 0 && item.position.kind !== 'none') {
    lines.push(`- **Position (${positionSource(item.position, locale)}):** ${block(item.position.text, '  ')}`);
  }
  return [...lines, ''];
}

function listSection(title: string, actions: readonly ActionSummary[]): string[] {
  return actions.length === 0 ? [] : [`## ${title}`, '', ...actions.map(actionLine), ''];
}

function chaseSection(minutes: Minutes, locale: string): string[] {
  if (minutes.chase.length === 0) return [];
  const lines = [`## ${H.chase}`, '', chaseIntro(minutes, locale), ''];
  for (const group of minutes.chase) {
    lines.push(`- **${escapeMarkdown(group.lead || 'No lead named')}**`);
    for (const item of group.items) lines.push(`  ${actionLine(item)}${chaseMarks(item)}`);
  }
  return [...lines, ''];
}

/** " (lead absent) (overdue)": how a chased action is marked in the minutes' list. */
export function chaseMarks(item: { leadAbsentAt: string | null; overdue: boolean }): string {
  return `${item.leadAbsentAt ? ' (lead absent)' : ''}${item.overdue ? ' (overdue)' : ''}`;
}

/** Renders minutes as CommonMark. User text is escaped; its line breaks are kept. */
export function minutesToMarkdown(minutes: Minutes, options: MinutesRenderOptions = {}): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const title = minutes.title.trim() || 'Meeting';
  const lines = [`# ${escapeMarkdown(title)}: ${escapeMarkdown(minutes.planTitle)}`, ''];
  lines.push(`**Date:** ${formatDate(minutes.date, locale)}  `);
  if (minutes.facilitator) lines.push(`**Facilitator:** ${escapeMarkdown(minutes.facilitator)}`);
  lines.push('');
  if (minutes.attendees.length > 0) {
    lines.push(`## ${H.attendees}`, '');
    for (const a of minutes.attendees) {
      lines.push(`- ${escapeMarkdown(a.name)}${a.organisation ? `, ${escapeMarkdown(a.organisation)}` : ''}`);
    }
    lines.push('');
  }
  if (minutes.discussed.length > 0) lines.push(`## ${H.discussed}`, '', ...minutes.discussed.flatMap((i) => discussedItem(i, locale)));
  lines.push(...listSection(H.deferred, minutes.deferred), ...listSection(H.leadAbsent, minutes.leadAbsent));
  lines.push(...listSection(H.notReached, minutes.notReached), ...chaseSection(minutes, locale));
  lines.push(`## ${H.summary}`, '', ragSummaryText(minutes.ragCounts), '');
  if (minutes.notes.trim()) lines.push(`## ${H.notes}`, '', block(minutes.notes, ''), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
