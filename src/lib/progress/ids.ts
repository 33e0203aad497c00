/**
 * Identities for what the learner does: each review, scenario attempt and assignment attempt gets
 * an id, so two tabs or two devices that both record it are merged by identity, never counted
 * twice or lost. The time comes first, so ids sort by when they happened.
 */
const randomPart = (random: () => number) => random().toString(36).slice(2, 8).padEnd(6, '0');

/** "<time in base 36>-<6 random characters>", e.g. "mi6x3o2k-4fz9qa". */
export function newRecordId(at: Date, random: () => number = Math.random): string {
  return `${at.getTime().toString(36)}-${randomPart(random)}`;
}

/** A progress record's epoch: when it was started or restored, plus randomness to tell two apart. */
export function newEpoch(at: Date, random: () => number = Math.random): string {
  return `${at.toISOString()}-${randomPart(random)}`;
}
