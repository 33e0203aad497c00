/** @jsxImportSource preact */
import { type Settings, updateSettings } from '../../lib/progress/state';
import { clampRetention } from '../../lib/srs/scheduler';
import { updateProgress } from '../../stores/progress';

/**
 * The learner's scheduling choices. Changing them affects future ratings only: cards already
 * scheduled keep their due dates, so nothing moves under the learner without asking.
 */
export default function StudySettings({ settings }: { settings: Settings }) {
  const save = (change: Parameters<typeof updateSettings>[1]) => updateProgress((state) => updateSettings(state, change, new Date()));
  const examDay = settings.examDate?.slice(0, 10) ?? '';
  return (
    <details class="study-settings card">
      <summary>Study settings</summary>
      <div class="setting">
        <label for="retention">Desired retention: {Math.round(settings.retention * 100)}%</label>
        <input
          id="retention"
          type="range"
          min="70"
          max="99"
          step="1"
          value={Math.round(settings.retention * 100)}
          aria-describedby="retention-help"
          onChange={(event) => save({ retention: clampRetention(Number((event.currentTarget as HTMLInputElement).value) / 100) })}
        />
        <p id="retention-help" class="muted small">
          The chance of still knowing a card when it comes back. Higher means more reviews. Applies to your next ratings.
        </p>
      </div>
      <div class="setting">
        <label for="new-per-day">New cards per day</label>
        <input
          id="new-per-day"
          type="number"
          min="0"
          max="500"
          inputMode="numeric"
          value={settings.newPerDay}
          onChange={(event) => {
            const value = Math.round(Number((event.currentTarget as HTMLInputElement).value));
            if (Number.isFinite(value) && value >= 0 && value <= 500) save({ newPerDay: value });
          }}
        />
      </div>
      <div class="setting">
        <label for="exam-date">Exam date</label>
        <input
          id="exam-date"
          type="date"
          value={examDay}
          aria-describedby="exam-help"
          onChange={(event) => {
            const value = (event.currentTarget as HTMLInputElement).value;
            if (value === '') {
              updateProgress((state) => {
                const { examDate: _removed, ...rest } = state.settings;
                return { ...state, settings: { ...rest, updatedAt: new Date().toISOString() } };
              });
            } else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) save({ examDate: `${value}T08:00:00.000Z` });
          }}
        />
        <p id="exam-help" class="muted small">
          With an exam date, no card is scheduled after it, so everything comes up again before the exam.
        </p>
      </div>
      <div class="setting">
        <label class="check">
          <input type="checkbox" checked={settings.reverseCards} onChange={(event) => save({ reverseCards: (event.currentTarget as HTMLInputElement).checked })} />
          Also test definition → term
        </label>
      </div>
    </details>
  );
}
