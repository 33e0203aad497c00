/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { $storageProblem, readSetAside, readStoredProgress, resumeSaving, startProgress } from '../../stores/progress';
import { downloadText } from '../download';

/** Tells the learner, in plain words, when progress could not be read or is not being saved, and what they can do. */
export default function StorageNotice() {
  const problem = useStore($storageProblem);
  useEffect(() => startProgress(), []);
  if (!problem) return null;
  const downloadSpare = () => {
    if (!problem.setAsideKey) return;
    downloadText(readSetAside(problem.setAsideKey) ?? '', 'markpoint-unreadable-progress.json');
  };
  const downloadStored = () => downloadText(readStoredProgress() ?? '', 'markpoint-saved-progress.json');
  const hasActions = problem.setAsideKey || problem.offerStoredDownload || problem.offerResume || problem.offerReload;
  return (
    <div class={`notice ${problem.kind === 'not-saving' ? 'warn' : 'bad'} storage-notice`} role="alert">
      <p>{problem.message}</p>
      {hasActions && (
        <div class="actions">
          {problem.setAsideKey && (
            <button type="button" class="secondary" onClick={downloadSpare}>
              Download the original data
            </button>
          )}
          {problem.offerStoredDownload && (
            <button type="button" class="secondary" onClick={downloadStored}>
              Download the saved data
            </button>
          )}
          {problem.offerResume && (
            <button type="button" class="secondary" onClick={resumeSaving}>
              Start saving again without it
            </button>
          )}
          {problem.offerReload && (
            <button type="button" onClick={() => location.reload()}>
              Reload
            </button>
          )}
        </div>
      )}
    </div>
  );
}
