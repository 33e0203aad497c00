import { describe, expect, it } from 'vitest';
import type { MarkingPoint } from '../content/schemas.ts';
import { type MarkableScenario, markAnswer } from './marker.ts';
import { markerParameters } from './params.ts';

const point: MarkingPoint = {
  id: 'moderation',
  statement: 'Evaluates the deletion of complaints and recommends a moderation policy with public replies and an escalation path',
  marks: 4,
  hints: { accept: [], reject: [], require: [['delete', 'deleting', 'removed'], ['public reply', 'reply publicly', 'answer in public'], ['escalat', 'manager']], application: false, reasoning: false },
};
const scenario: MarkableScenario = {
  marks: 4,
  points: [point],
  context: ['Holloway’s', 'Priya Shah', 'grotto'],
  case: 'Holloway’s Garden Centre sold 4,800 grotto places. When parents complained, the assistant deleted the comments and a post was shared around 600 times.',
  command: 'evaluate',
};
const generic =
  'Deleting complaints backfires, because people read it as censorship and the story spreads further. A brand should reply publicly, apologise and take the conversation to a private message, and escalate serious complaints to a manager within an hour.';
const status = (answer: string, params = markerParameters({})) => markAnswer(scenario, answer, params).points[0];

describe('off-case: an answer that names nothing of its case', () => {
  it('earns a point at most in part, and is told what is missing', () => {
    expect(status(generic)?.status).toBe('partly');
    expect(status(generic)?.reason).toMatch(/how it applies to this case/);
    expect(status(generic, markerParameters({ disabledRules: ['off-case'] }))?.status).toBe('earned');
  });
  it('is not capped once it names the organisation or one of the case’s figures', () => {
    expect(status(generic.replace('A brand should', 'Holloway’s should'))?.status).toBe('earned');
    expect(status(generic.replace('the story spreads further', 'the post was shared 600 times'))?.status).toBe('earned');
  });
  it('cannot tell, so does not cap, when the scenario gives no names or figures to look for', () => {
    const bare: MarkableScenario = { ...scenario, context: [], case: 'A garden centre deleted complaints about its grotto.' };
    expect(markAnswer(bare, generic).points[0]?.status).toBe('earned');
  });
});
