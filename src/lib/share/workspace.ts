/**
 * The tutor's workspace, kept on the tutor's own device: every assignment they made (title, date,
 * link), and the results codes pasted for each, so losing the link or closing the browser loses
 * nothing. Saved with the learner's progress in the backup file (workspace-backup.ts).
 */
import * as z from 'zod/mini';
import { type Result, err, ok } from '../result.ts';
import type { Assignment, AssignmentDraft } from './assignment.ts';
import { asRecord } from './fields.ts';

export const WORKSPACE_KEY = 'markpoint:tutor-workspace';

export interface WorkspaceAssignment {
  /** The assignment's id: results codes quote it. */
  id: string;
  title: string;
  /** The full learner link, so it can be shown, copied and turned into a QR code again. */
  link: string;
  createdAt: string;
  archived: boolean;
  /** The results codes pasted for it, one per line, as the tutor last left them. */
  codes: string;
  codesUpdatedAt?: string;
}

export interface TutorWorkspace {
  v: 1;
  assignments: WorkspaceAssignment[];
}

export function emptyWorkspace(): TutorWorkspace {
  return { v: 1, assignments: [] };
}

const entrySchema = z.object({
  id: z.string().check(z.regex(/^[0-9a-z]{4,16}$/)),
  title: z.string(),
  link: z.string().check(z.maxLength(10_000)),
  createdAt: z.string(),
  archived: z.boolean(),
  codes: z.string(),
  codesUpdatedAt: z.optional(z.string()),
});

/**
 * The workspace in saved text, keeping every entry that reads and reporting how many did not, so
 * one damaged entry never costs the tutor the rest.
 */
export function readWorkspace(text: string | null): { workspace: TutorWorkspace; skipped: number } {
  if (text === null || text.trim() === '') return { workspace: emptyWorkspace(), skipped: 0 };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { workspace: emptyWorkspace(), skipped: 1 };
  }
  return workspaceFrom(parsed);
}

export function workspaceFrom(value: unknown): { workspace: TutorWorkspace; skipped: number } {
  const list = asRecord(value)?.['assignments'];
  if (!Array.isArray(list)) return { workspace: emptyWorkspace(), skipped: value === undefined ? 0 : 1 };
  const assignments: WorkspaceAssignment[] = [];
  let skipped = 0;
  for (const entry of list as unknown[]) {
    const result = entrySchema.safeParse(entry);
    if (result.success && !assignments.some((kept) => kept.id === result.data.id)) assignments.push(result.data as WorkspaceAssignment);
    else skipped += 1;
  }
  return { workspace: { v: 1, assignments }, skipped };
}

/** Adds a new assignment at the top, or refreshes one already kept (the same id). */
export function rememberAssignment(workspace: TutorWorkspace, assignment: Assignment, link: string, now: Date): TutorWorkspace {
  const existing = workspace.assignments.find((entry) => entry.id === assignment.id);
  const entry: WorkspaceAssignment = existing
    ? { ...existing, title: assignment.title, link }
    : { id: assignment.id, title: assignment.title, link, createdAt: now.toISOString(), archived: false, codes: '' };
  return { v: 1, assignments: [entry, ...workspace.assignments.filter((other) => other.id !== assignment.id)] };
}

export function setArchived(workspace: TutorWorkspace, id: string, archived: boolean): TutorWorkspace {
  return { v: 1, assignments: workspace.assignments.map((entry) => (entry.id === id ? { ...entry, archived } : entry)) };
}

/**
 * Most characters of codes kept per assignment. Browser storage is shared with the learner's own
 * progress (about 5 MB in all, two bytes a character), so a very large class is read but not kept.
 */
export const MAX_KEPT_CODE_CHARACTERS = 600_000;

/** Whether these codes fit in the workspace, and if not, the sentence that tells the tutor. */
export function keepableCodes(codes: string): Result<undefined, string> {
  if (codes.length <= MAX_KEPT_CODE_CHARACTERS) return ok();
  return err(
    `These codes are too many to keep in this browser (${codes.length.toLocaleString('en-GB')} characters; it keeps up to ${MAX_KEPT_CODE_CHARACTERS.toLocaleString('en-GB')}, about 1,500 codes, so learners' own progress has room). Keep the file of codes to read them again.`,
  );
}

export function keepCodes(workspace: TutorWorkspace, id: string, codes: string, now: Date): TutorWorkspace {
  return { v: 1, assignments: workspace.assignments.map((entry) => (entry.id === id ? { ...entry, codes, codesUpdatedAt: now.toISOString() } : entry)) };
}

export function findAssignment(workspace: TutorWorkspace, id: string): WorkspaceAssignment | undefined {
  return workspace.assignments.find((entry) => entry.id === id);
}

/** The composer's fields for a copy of an assignment: the same work, a new id and a new draw. */
export function duplicateDraft(assignment: Assignment): AssignmentDraft {
  return {
    title: `${assignment.title} (copy)`.slice(0, 120),
    tutor: assignment.tutor,
    ...(assignment.note === undefined ? {} : { note: assignment.note }),
    units: [...assignment.units],
    questions: assignment.questions.mode === 'draw' ? { mode: 'draw', count: assignment.questions.count } : { mode: 'pick', keys: [...assignment.questions.keys] },
    decks: [...assignment.decks],
    scenarios: [...assignment.scenarios],
    ...(assignment.due === undefined ? {} : { due: assignment.due }),
    passMark: assignment.passMark,
  };
}

/**
 * Two workspaces as one (a restored backup and this device's): every assignment from either, and
 * for one in both, every distinct code line from both, so a restore never drops pasted results.
 */
export function mergeWorkspaces(current: TutorWorkspace, incoming: TutorWorkspace): TutorWorkspace {
  const merged = new Map(current.assignments.map((entry) => [entry.id, entry]));
  for (const entry of incoming.assignments) {
    const mine = merged.get(entry.id);
    if (!mine) {
      merged.set(entry.id, entry);
      continue;
    }
    const lines = [...mine.codes.split(/\r?\n/), ...entry.codes.split(/\r?\n/)].map((line) => line.trim()).filter(Boolean);
    merged.set(entry.id, { ...mine, archived: mine.archived && entry.archived, codes: [...new Set(lines)].join('\n') });
  }
  return { v: 1, assignments: [...merged.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt)) };
}
