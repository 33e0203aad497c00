/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { $storageProblem, readSetAside } from '../../stores/progress';
import { downloadText } from '../download';

/** Tells the learner, in plain words, when progress could not be read or is not being saved. */
export default function StorageNotice() {
  const problem = useStore($storageProblem);
  if (!problem) return null;
  const download = () => {
    if (!problem.setAsideKey) return;
    downloadText(readSetAside(problem.setAsideKey) ?? '', 'markpoint-unreadable-progress.json');
  };
  return (
    <div class={`notice ${problem.kind === 'not-saving' ? 'warn' : 'bad'} storage-notice`} role="alert">
      <p>{problem.message}</p>
      {problem.setAsideKey && (
        <button type="button" class="secondary" onClick={download}>
          Download the original data
        </button>
      )}
    </div>
  );
}
