/**
 * The tutor's workspace inside the backup file, beside the learner's progress. It rides in its own
 * field, outside the progress checksum, so backups without it (and readers that do not know it)
 * are unaffected, and a damaged workspace never makes the progress unrestorable.
 */
import { type TutorWorkspace, mergeWorkspaces, workspaceFrom } from './workspace.ts';

export const WORKSPACE_BACKUP_FIELD = 'tutorWorkspace';

/** The backup text with the workspace added (left out when there is nothing in it). */
export function addWorkspaceToBackup(backupJson: string, workspace: TutorWorkspace): string {
  if (workspace.assignments.length === 0) return backupJson;
  const file = JSON.parse(backupJson) as Record<string, unknown>;
  return JSON.stringify({ ...file, [WORKSPACE_BACKUP_FIELD]: workspace });
}

export type WorkspaceInBackup = { found: false } | { found: true; workspace: TutorWorkspace; skipped: number };

/** The workspace a backup file holds, if any. Never throws: the progress reader reports bad JSON. */
export function workspaceInBackup(text: string): WorkspaceInBackup {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { found: false };
  }
  if (parsed === null || typeof parsed !== 'object' || !Object.hasOwn(parsed, WORKSPACE_BACKUP_FIELD)) return { found: false };
  const { workspace, skipped } = workspaceFrom((parsed as Record<string, unknown>)[WORKSPACE_BACKUP_FIELD]);
  return { found: true, workspace, skipped };
}

/** What restoring does to the workspace: it merges, so nothing the tutor has here is lost. */
export function restoreWorkspace(current: TutorWorkspace, backupText: string): TutorWorkspace {
  const inBackup = workspaceInBackup(backupText);
  return inBackup.found ? mergeWorkspaces(current, inBackup.workspace) : current;
}
