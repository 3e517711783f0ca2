import type { UpdateRequest } from './types';

/**
 * The reminder for one lead: the chase text and a `mailto:` link carrying it, with the lead's own request link in
 * it. `link` is the full URL of their request page; `email` may be empty (the facilitator's mail app asks).
 */
export function requestReminder(request: UpdateRequest, link: string, email = ''): { subject: string; body: string; mailto: string } {
  const subject = `Update request: ${request.title} (due ${request.due})`;
  const lines = request.actions.map((a) => `- ${a.ref === null ? '' : `${a.ref} `}${firstLine(a.text)}`);
  const body = [
    `Hello ${request.lead.name},`,
    '',
    `Please write a short update on each of your ${request.actions.length === 1 ? 'action' : `${request.actions.length} actions`} by ${request.due}, ${request.title.toLowerCase()}:`,
    ...lines,
    '',
    'Your own link (it works offline once opened; your updates are sent when you are next online):',
    link,
  ].join('\n');
  const mailto = `mailto:${encodeURIComponent(email)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return { subject, body, mailto };
}

function firstLine(text: string): string {
  const line = text.split('\n')[0]!.trim();
  return line.length > 90 ? `${line.slice(0, 89)}…` : line;
}
