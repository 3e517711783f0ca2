/**
 * The chaos script: a seeded, pure list of steps decided before any browser starts, so a seed always names the same
 * script and a failure can print it. What happens in the browsers (timing, which replica wins a race) is not seeded.
 */
import * as prng from 'lib0/prng';
import { RAGS, type Rag } from '@concord/shared/plan-json';

export const EDIT_FIELDS = ['progress', 'text'] as const;
export type EditField = (typeof EDIT_FIELDS)[number];

/**
 * What happens while a device is typing: nothing; its page reloads before the editor is closed (unsaved keystrokes
 * must survive); or another device types into the same field halfway through (the typist's words must stay whole).
 */
export const DURING_TYPING = ['nothing', 'nothing', 'reload', 'remote-edit'] as const;
export type DuringTyping = (typeof DURING_TYPING)[number];

export type Step =
  | { kind: 'offline'; device: number; offline: boolean }
  | { kind: 'reload'; device: number }
  | { kind: 'restart-relay'; crash: boolean }
  | { kind: 'type'; device: number; action: number; field: EditField; atStart: boolean; token: string; during: DuringTyping }
  | { kind: 'rag'; device: number; action: number; rag: Rag }
  | { kind: 'update'; device: number; action: number; date: string; token: string };

export interface ScriptOptions {
  seed: number;
  steps: number;
  devices: number;
  /** How many actions edits aim at: few, so that edits from different devices collide. */
  actions: number;
}

/** Cumulative weights: edits dominate, with enough network and relay trouble to matter in ~30 steps. */
const WEIGHTS = [
  ['type', 30],
  ['rag', 12],
  ['update', 12],
  ['offline', 24],
  ['reload', 12],
  ['restart-relay', 10],
] as const;

/** The steps for `opts.seed`. Offline toggles follow each device's state, so a toggle always changes something. */
export function chaosScript(opts: ScriptOptions): Step[] {
  const gen = prng.create(opts.seed);
  const offline = new Array<boolean>(opts.devices).fill(false);
  const total = WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  const steps: Step[] = [];
  for (let i = 0; i < opts.steps; i++) {
    let roll = prng.int32(gen, 0, total - 1);
    const kind = WEIGHTS.find(([, w]) => (roll -= w) < 0)![0];
    const device = prng.int32(gen, 0, opts.devices - 1);
    const action = prng.int32(gen, 0, opts.actions - 1);
    const token = `chaos${opts.seed.toString(36)}s${i}d${device}`;
    if (kind === 'offline') {
      offline[device] = !offline[device];
      steps.push({ kind, device, offline: offline[device]! });
    } else if (kind === 'reload') steps.push({ kind, device });
    else if (kind === 'restart-relay') steps.push({ kind, crash: prng.bool(gen) });
    else if (kind === 'type') {
      const field = prng.oneOf(gen, [...EDIT_FIELDS]);
      steps.push({ kind, device, action, field, atStart: prng.bool(gen), token, during: prng.oneOf(gen, [...DURING_TYPING]) });
    } else if (kind === 'rag') steps.push({ kind, device, action, rag: prng.oneOf(gen, [...RAGS]) });
    else steps.push({ kind, device, action, date: `2026-${pad(prng.int32(gen, 1, 12))}-${pad(prng.int32(gen, 1, 28))}`, token });
  }
  return steps;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** One line per step, for failure messages and the test log. */
export function describeStep(step: Step): string {
  const who = 'device' in step ? `${'ABC'[step.device] ?? step.device}` : 'relay';
  switch (step.kind) {
    case 'offline':
      return `${who} ${step.offline ? 'goes offline' : 'comes online'}`;
    case 'reload':
      return `${who} reloads`;
    case 'restart-relay':
      return `relay ${step.crash ? 'crashes (SIGKILL)' : 'stops (SIGTERM)'} and restarts`;
    case 'type':
      return (
        `${who} types "${step.token}" at the ${step.atStart ? 'start' : 'end'} of action #${step.action} ${step.field}` +
        (step.during === 'reload' ? ', reloading before closing the editor' : '') +
        (step.during === 'remote-edit' ? `, ${'ABC'[(step.device + 1) % 3]} typing at its other end halfway through` : '')
      );
    case 'rag':
      return `${who} rates action #${step.action} ${step.rag}`;
    case 'update':
      return `${who} adds an update dated ${step.date} "${step.token}" to action #${step.action}`;
  }
}
