import { describe, expect, it } from 'vitest';
import { addWorkspaceToBackup, restoreWorkspace, workspaceInBackup } from './workspace-backup.ts';
import { duplicateDraft, emptyWorkspace, findAssignment, keepCodes, mergeWorkspaces, readWorkspace, rememberAssignment, setArchived } from './workspace.ts';
import { assignment } from './test-fixtures.ts';

const now = new Date('2026-05-01T09:00:00Z');
const first = assignment({ title: 'Week 1' }, 1);
const second = assignment({ title: 'Week 2' }, 2);

describe('the tutor workspace', () => {
  it('keeps each assignment once, newest first, with its codes and archive flag', () => {
    let workspace = rememberAssignment(emptyWorkspace(), first, 'https://x/assignment/#A1.one', now);
    workspace = rememberAssignment(workspace, second, 'https://x/assignment/#A1.two', new Date('2026-05-02T09:00:00Z'));
    workspace = keepCodes(workspace, first.id, 'R1.a\nR1.b', now);
    workspace = setArchived(workspace, second.id, true);
    expect(workspace.assignments.map((entry) => [entry.title, entry.archived, entry.codes])).toEqual([
      ['Week 2', true, ''],
      ['Week 1', false, 'R1.a\nR1.b'],
    ]);
    expect(findAssignment(workspace, first.id)?.link).toBe('https://x/assignment/#A1.one');
    expect(readWorkspace(JSON.stringify(workspace)).workspace).toEqual(workspace);
  });

  it('reads what it can from damaged saved text and says how much it skipped', () => {
    const saved = JSON.stringify({ v: 1, assignments: [{ id: 'BAD ID' }, { id: first.id, title: 'Week 1', link: 'l', createdAt: 'x', archived: false, codes: '' }] });
    expect(readWorkspace(saved)).toMatchObject({ skipped: 1, workspace: { assignments: [{ id: first.id }] } });
    expect(readWorkspace('{oops')).toEqual({ workspace: emptyWorkspace(), skipped: 1 });
  });

  it('duplicates an assignment as a new draft of the same work', () => {
    expect(duplicateDraft(first)).toMatchObject({ title: 'Week 1 (copy)', units: first.units, questions: { mode: 'draw', count: 20 } });
  });

  it('merges two workspaces without losing any code line', () => {
    const mine = keepCodes(rememberAssignment(emptyWorkspace(), first, 'l1', now), first.id, 'R1.a\nR1.b', now);
    const theirs = rememberAssignment(keepCodes(rememberAssignment(emptyWorkspace(), first, 'l1', now), first.id, 'R1.b\nR1.c', now), second, 'l2', now);
    const merged = mergeWorkspaces(mine, theirs);
    expect(findAssignment(merged, first.id)?.codes).toBe('R1.a\nR1.b\nR1.c');
    expect(merged.assignments).toHaveLength(2);
  });
});

describe('the workspace in the backup file', () => {
  it('rides beside the progress and comes back on restore, merged', () => {
    const workspace = rememberAssignment(emptyWorkspace(), first, 'l1', now);
    const backup = addWorkspaceToBackup(JSON.stringify({ format: 'markpoint-backup', progress: {} }), workspace);
    expect(JSON.parse(backup)).toMatchObject({ format: 'markpoint-backup', progress: {} });
    expect(workspaceInBackup(backup)).toEqual({ found: true, workspace, skipped: 0 });
    expect(restoreWorkspace(rememberAssignment(emptyWorkspace(), second, 'l2', now), backup).assignments.map((entry) => entry.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
  });

  it('leaves backups without a workspace as they are', () => {
    const plain = JSON.stringify({ format: 'markpoint-backup', progress: {} });
    expect(addWorkspaceToBackup(plain, emptyWorkspace())).toBe(plain);
    expect(workspaceInBackup(plain)).toEqual({ found: false });
    expect(workspaceInBackup('not json')).toEqual({ found: false });
  });
});

describe('how many codes the workspace keeps', () => {
  it('keeps a class, and refuses with a reason what would crowd out the learner’s progress', async () => {
    const { keepableCodes, MAX_KEPT_CODE_CHARACTERS } = await import('./workspace.ts');
    expect(keepableCodes('R1.x\n'.repeat(1000))).toEqual({ ok: true });
    const refused = keepableCodes('x'.repeat(MAX_KEPT_CODE_CHARACTERS + 1));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatch(/too many to keep in this browser/);
  });
});
