/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { newEpoch } from '../../lib/progress/ids';
import { useRef, useState } from 'preact/hooks';
import { type CourseNames, type CourseRecord, type CourseRestorePlan, describeMyCourse, planCourseRestore } from '../../lib/course/restore';
import {
  COUNT_LABELS,
  MAX_BACKUP_BYTES,
  type ProgressCounts,
  type RestorableBackup,
  type RestoreMode,
  type RestorePreview,
  backupFileName,
  countProgress,
  createBackup,
  describeBackupDate,
  describeCounts,
  previewRestore,
  readBackup,
} from '../../lib/progress/backup';
import { restoreMessage } from '../../lib/progress/guard';
import { emptyProgress } from '../../lib/progress/state';
import { APP_VERSION } from '../../lib/version';
import { readCourseRecord, writeCourseRecord } from '../../stores/my-course';
import { $progress, replaceProgress } from '../../stores/progress';
import { downloadText } from '../download';
import { RowTable } from '../RowTable';
import { restoreWorkspaceFrom, withWorkspace } from '../tutor/workspace-store';

interface Pending {
  backup: RestorableBackup;
  preview: RestorePreview;
  course: CourseRestorePlan;
  courseBefore: CourseRecord;
  fileName: string;
  text: string;
}

/** Names the course choice in the preview: the units with their titles, and the qualifications offered. */
type Props = CourseNames;

export default function BackupPanel(names: Props) {
  const progress = useStore($progress);
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  async function onFile(file: File | undefined, chosenMode = mode) {
    setError(null);
    setMessage(null);
    setPending(null);
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) {
      setError(`“${file.name}” was not restored: at ${(file.size / 1_048_576).toFixed(1)} MB it is too large to be a Markpoint backup. Nothing on this device has changed.`);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setError(`“${file.name}” was not restored: this browser could not open the file. Nothing on this device has changed.`);
      return;
    }
    const reading = readBackup(text, file.size);
    if (!reading.ok) {
      setError(`“${file.name}” was not restored. ${reading.error} Nothing on this device has changed.`);
      return;
    }
    setPending(planRestore(reading.value, chosenMode, file.name, text));
  }

  function planRestore(backup: RestorableBackup, chosenMode: RestoreMode, fileName: string, text: string): Pending {
    const courseBefore = readCourseRecord();
    return {
      backup,
      preview: previewRestore($progress.get(), backup.progress, chosenMode, newEpoch(new Date())),
      course: planCourseRestore(courseBefore, backup.course, chosenMode, names),
      courseBefore,
      fileName,
      text,
    };
  }

  function chooseMode(chosen: RestoreMode) {
    setMode(chosen);
    // The preview always shows what the chosen mode would do.
    if (pending) setPending(planRestore(pending.backup, chosen, pending.fileName, pending.text));
  }

  function confirmRestore() {
    if (!pending) return;
    // All or nothing: the small course record first, put back if the progress cannot be saved.
    const putBack = pending.course.changes ? writeCourseRecord(pending.course) : () => undefined;
    if (!putBack) {
      setError(`“${pending.fileName}” was not restored: this browser refused to save your course choice and lessons read. Nothing on this device has changed.`);
    } else {
      const outcome = restoreMessage(replaceProgress(pending.preview.result), pending.fileName, pending.preview.mode);
      if (outcome.ok) {
        // The tutor's workspace rides in the same file, outside the progress checksum.
        restoreWorkspaceFrom(pending.text);
        setMessage(outcome.value);
      } else {
        putBack();
        setError(outcome.error);
      }
    }
    setPending(null);
    if (fileInput.current) fileInput.current.value = '';
  }

  function reset() {
    const outcome = replaceProgress(emptyProgress(newEpoch(new Date())));
    setConfirmingReset(false);
    if (outcome === 'saved') setMessage('All progress on this device has been deleted.');
    else setError(outcome === 'held' ? 'Nothing was deleted: this page has stopped saving, for the reason given in the notice above.' : 'Nothing was deleted: this browser refused to save the change.');
  }

  const current = countProgress(progress);
  return (
    <section class="card backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup and restore</h2>
      <p>Your progress, your course choice and the lessons you have read live only in this browser. Download a backup to keep them safe or to move them to another device.</p>
      <button type="button" onClick={() => downloadText(withWorkspace(createBackup($progress.get(), APP_VERSION, new Date(), readCourseRecord())), backupFileName(new Date()))}>
        Download a backup
      </button>

      <h3>Restore from a backup</h3>
      <fieldset>
        <legend>When restoring</legend>
        <label>
          <input type="radio" name="restore-mode" checked={mode === 'merge'} onChange={() => chooseMode('merge')} /> Merge: keep the newer of each item from both
        </label>
        <label>
          <input type="radio" name="restore-mode" checked={mode === 'replace'} onChange={() => chooseMode('replace')} /> Replace: use only what is in the backup
        </label>
      </fieldset>
      <label class="file-label">
        Choose a backup file
        <input ref={fileInput} type="file" accept=".json,application/json" onChange={(event) => void onFile((event.currentTarget as HTMLInputElement).files?.[0])} />
      </label>
      {error && (
        <p class="notice bad" role="alert">
          {error}
        </p>
      )}
      {pending && (
        <div class="restore-preview" role="region" aria-label="What restoring will change">
          <p>
            <strong>Nothing has been written yet.</strong> “{pending.fileName}” {describeBackupDate(pending.backup.createdAt)}. After{' '}
            {pending.preview.mode === 'merge' ? 'merging' : 'replacing'}, this device will hold:
          </p>
          <CountTable
            before={pending.preview.before}
            after={pending.preview.after}
            course={[
              { label: 'lessons read', values: [pending.courseBefore.lessonsRead.length, pending.course.lessonsRead.length] },
              { label: 'My course', values: [describeMyCourse(pending.courseBefore.myCourse, names), describeMyCourse(pending.course.myCourse, names)] },
            ]}
          />
          {pending.course.notes.map((note) => (
            <p class="muted">{note}</p>
          ))}
          {pending.backup.skipped.length > 0 && (
            <p class="notice warn">
              Some items in the backup could not be read and will be left out: {pending.backup.skipped.slice(0, 5).join(', ')}
              {pending.backup.skipped.length > 5 ? `, and ${pending.backup.skipped.length - 5} more` : ''}.
            </p>
          )}
          <div class="actions">
            <button type="button" onClick={confirmRestore}>
              Restore
            </button>
            <button type="button" class="secondary" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}

      <h3>Reset all progress</h3>
      {!confirmingReset ? (
        <button type="button" class="secondary danger" onClick={() => setConfirmingReset(true)}>
          Reset all progress…
        </button>
      ) : (
        <div class="notice bad" role="alertdialog" aria-labelledby="reset-question">
          <p id="reset-question">
            <strong>Delete all progress on this device?</strong> This will delete: {describeCounts(current).join(', ')}. Download a backup first if you may want it back.
          </p>
          <div class="actions">
            <button type="button" class="danger" onClick={reset}>
              Yes, delete my progress
            </button>
            <button type="button" class="secondary" onClick={() => setConfirmingReset(false)}>
              Keep my progress
            </button>
          </div>
        </div>
      )}
      {message && (
        <p class="notice" role="status">
          {message}
        </p>
      )}
    </section>
  );
}

function CountTable({ before, after, course }: { before: ProgressCounts; after: ProgressCounts; course: { label: string; values: (string | number)[] }[] }) {
  return (
    <RowTable
      class="count-table"
      headings={['Item', 'Now', 'After']}
      rows={[...(Object.keys(COUNT_LABELS) as (keyof ProgressCounts)[]).map((key) => ({ label: COUNT_LABELS[key], values: [before[key], after[key]] })), ...course]}
    />
  );
}
