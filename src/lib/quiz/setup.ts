/** The quiz setup's choices, as the form sends them: in the address (?length=…&mode=…) or left in its radios. */

/** Round lengths on offer; 0 means every question in scope. */
export const ROUND_LENGTHS = [5, 10, 20, 0] as const;

export type DrawMode = 'all' | 'mine';

/** A round length as the form sends it ("5", "0"…), or null for anything not on offer. */
export function roundLength(sent: string | null | undefined): number | null {
  return ROUND_LENGTHS.find((length) => String(length) === sent) ?? null;
}

/** A draw mode as the form sends it, or null for anything else. */
export function drawMode(sent: string | null | undefined): DrawMode | null {
  return sent === 'all' || sent === 'mine' ? sent : null;
}

/** What a radio input tells: its value, whether it is checked now, and whether the page was served with it checked. */
export interface RadioState {
  value: string;
  checked: boolean;
  defaultChecked: boolean;
}

/**
 * The value a learner picked in a radio group before the page was interactive, or null when the
 * group still shows what the server rendered. Hydration leaves the radios as the learner set them
 * while the component's state holds its defaults, so the choice must be read back from them.
 */
export function pickedBeforeHydration(radios: Iterable<RadioState>): string | null {
  for (const radio of radios) {
    if (radio.checked) return radio.defaultChecked ? null : radio.value;
  }
  return null;
}
