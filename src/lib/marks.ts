/** Marks as a learner reads them: whole marks bare, half marks to one decimal place ("14", "14.5"). */
export function formatMarks(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
