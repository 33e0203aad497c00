/** Reads and writes the tutor's workspace in this browser's storage (the rules are in lib/share/workspace). */
import { addWorkspaceToBackup, restoreWorkspace } from '../../lib/share/workspace-backup';
import { type TutorWorkspace, WORKSPACE_KEY, readWorkspace } from '../../lib/share/workspace';

export function loadWorkspace(): TutorWorkspace {
  try {
    return readWorkspace(localStorage.getItem(WORKSPACE_KEY)).workspace;
  } catch {
    return readWorkspace(null).workspace;
  }
}

/** False when the browser refused to save (storage full or blocked), so the page can say so. */
export function saveWorkspace(workspace: TutorWorkspace): boolean {
  try {
    localStorage.setItem(WORKSPACE_KEY, JSON.stringify(workspace));
    return true;
  } catch {
    return false;
  }
}

/** The backup text with this device's tutor workspace added (the hook BackupPanel calls when saving). */
export function withWorkspace(backupJson: string): string {
  return addWorkspaceToBackup(backupJson, loadWorkspace());
}

/** Merges a backup's tutor workspace into this device's (the hook BackupPanel calls after restoring). */
export function restoreWorkspaceFrom(backupText: string): void {
  const current = loadWorkspace();
  const restored = restoreWorkspace(current, backupText);
  if (restored !== current) saveWorkspace(restored);
}
