/**
 * What a learner sees when the marker's feedback is meant to teach without being gamed: a weak
 * answer is told which idea is missing in the examiner's terms, an answer built from the
 * feedback's own words earns at most a fifth, and an answer over the length limit is refused with
 * the reason while the draft is kept. At phone size, acting as a learner would.
 */
import { expect, test } from '@playwright/test';
import { runAdversary } from '../../src/lib/marking/adversary.ts';
import { markAnswer } from '../../src/lib/marking/marker.ts';
import { type RuleName, markerParameters } from '../../src/lib/marking/params.ts';
import { ANSWER_WORD_LIMIT } from '../../src/lib/marking/text.ts';
import { asMarkedInApp, referenceUnit, strongAnswer } from './support';

const unit = referenceUnit();
const scenario = unit.scenarios[0];
if (!scenario) throw new Error('the reference unit has no scenario');

/** The shortest opening of a strong answer that makes some point only in part: a weak answer with something to build on. */
function weakAnswer(): { answer: string; partlyPoint: string } {
  const sentences = strongAnswer(scenario!).split(/(?<=[.!?])\s+/);
  for (let count = 1; count <= sentences.length; count += 1) {
    const answer = sentences.slice(0, count).join(' ');
    const partly = markAnswer(asMarkedInApp(scenario!), answer).points.find((point) => point.status === 'partly' && point.reason.includes('Still missing'));
    if (partly) return { answer, partlyPoint: partly.id };
  }
  throw new Error('no opening of the strong answer makes a point in part');
}

async function openExercise(page: import('@playwright/test').Page) {
  await page.goto(`units/${unit.id}/scenarios/${scenario!.id}/`);
  await expect(page.getByRole('heading', { name: 'Your task' })).toBeVisible();
  return page.getByRole('textbox', { name: 'Your answer' });
}

/**
 * A gaming answer that would earn marks with `rule` switched off (checked in Node, so the test
 * fails if the rule stops mattering) is marked 0 on the page, with the note that says why.
 */
async function expectSetAsideByRule(page: import('@playwright/test').Page, answer: string, rule: RuleName | RuleName[], note: string) {
  // Where two rules both catch the answer, both are switched off to show it would otherwise earn.
  const rules = Array.isArray(rule) ? rule : [rule];
  const withoutRule = markAnswer(asMarkedInApp(scenario!), answer, markerParameters({ disabledRules: rules })).total;
  expect(withoutRule, `with ${rules.join(' and ')} off, the answer would earn marks`).toBeGreaterThan(0);
  const box = await openExercise(page);
  await box.fill(answer);
  await page.getByRole('button', { name: 'Mark my answer' }).click();
  await expect(page.getByRole('heading', { name: `Marked: 0 out of ${scenario!.marks}` })).toBeVisible();
  await expect(page.getByText(note, { exact: false })).toBeVisible();
}

test.describe('scenario feedback that teaches without leaking', () => {
  test('a weak answer is told which idea is missing in the statement’s own words, never a list of words to type', async ({ page }) => {
    const { answer, partlyPoint } = weakAnswer();
    const box = await openExercise(page);
    await box.fill(answer);
    await page.getByRole('button', { name: 'Mark my answer' }).click();
    await expect(page.getByRole('heading', { name: /^Marked: / })).toBeVisible();

    const index = scenario.points.findIndex((point) => point.id === partlyPoint);
    const item = page.locator('.points > li').nth(index);
    await expect(item).toContainText('Partly earned');
    // Points are a list that expands: open this one to read why.
    await item.locator('summary').click();
    const reason = await item.locator('.reason').innerText();
    expect(reason).toMatch(/Still missing/);
    // Every quoted phrase is either the learner's own words or a clause of the statement shown above it.
    const statement = scenario.points[index]?.statement ?? '';
    const quotes = [...reason.matchAll(/“([^”]+)”/g)].map((match) => match[1] ?? '');
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(answer.includes(quote) || statement.includes(quote), `“${quote}” comes from the answer or the statement`).toBe(true);
    await expect(page.locator('.points')).not.toContainText('say more about');
  });

  test('an answer written from the feedback’s own words earns at most a fifth, and is told why', async ({ page }) => {
    const run = runAdversary(scenario, 'keywords');
    const echo = run.rounds[run.rounds.length - 1]?.answer ?? '';
    const box = await openExercise(page);
    await box.fill(echo);
    await page.getByRole('button', { name: 'Mark my answer' }).click();
    const heading = page.getByRole('heading', { name: /^Marked: / });
    await expect(heading).toBeVisible();
    const total = Number(/Marked: ([\d.]+)/.exec(await heading.innerText())?.[1]);
    expect(total).toBeLessThanOrEqual(scenario.marks / 5);
    await expect(page.getByText('Repeating a marking point is not making it', { exact: false })).toBeVisible();
    await expect(page.locator('.points')).toContainText('Not earned');
  });

  test('a string of the model’s terms joined by “because” and “so” is marked down for its length, and told why', async ({ page }) => {
    // For each point, the words that earn it in the model answer, strung together as a gamer would.
    const model = markAnswer(scenario, scenario.model);
    const salad = model.points
      .map((point) => point.evidence.map((span) => scenario.model.slice(span.start, span.end)))
      .filter((phrases) => phrases.length > 0)
      .map((phrases) => `${phrases[0]} because ${phrases.slice(1, 3).join(', ') || phrases[0]}, so ${phrases.slice(3).join(' ') || 'it matters'}.`)
      .join(' ');
    const unbudgeted = markAnswer(asMarkedInApp(scenario), salad, markerParameters({ disabledRules: ['word-budget'] })).total;
    const budgeted = markAnswer(asMarkedInApp(scenario), salad).total;
    expect(budgeted, 'the word budget marks this answer down').toBeLessThan(unbudgeted);

    const box = await openExercise(page);
    await box.fill(salad);
    await page.getByRole('button', { name: 'Mark my answer' }).click();
    const heading = page.getByRole('heading', { name: /^Marked: / });
    await expect(heading).toBeVisible();
    expect(Number(/Marked: ([\d.]+)/.exec(await heading.innerText())?.[1])).toBe(budgeted);
    const shortened = page.locator('.points > li').filter({ hasText: /Partly earned|Not earned/ }).first();
    await shortened.locator('summary').click();
    await expect(page.locator('.points')).toContainText('Named in too few words to have made it');
  });

  test('the model answer, pasted back once the page has shown it, earns nothing and the learner is told why', async ({ page }) => {
    const box = await openExercise(page);
    await box.fill(strongAnswer(scenario));
    await page.getByRole('button', { name: 'Mark my answer' }).click();
    await expect(page.getByRole('heading', { name: /^Marked: / })).toBeVisible();
    // The page shows the model answer after marking; the learner copies it from there.
    await page.getByText('Model answer', { exact: true }).click();
    const shown = (await page.locator('.model-text').innerText()).trim();
    expect(shown.length).toBeGreaterThan(200);
    await page.getByRole('button', { name: 'Improve this answer' }).click();
    await box.fill(shown);
    await page.getByRole('button', { name: 'Mark my answer' }).click();
    await expect(page.getByRole('heading', { name: `Marked: 0 out of ${scenario.marks}` })).toBeVisible();
    await expect(page.getByText('Sentences taken from the model answer earn nothing', { exact: false })).toBeVisible();
  });

  test('the case retold in the learner’s own words, with nothing made of it, earns nothing and the learner is told why', async ({ page }) => {
    // Written for the reference scenario's case: its facts reworded, as a learner padding an answer would.
    expect(scenario.id).toBe('maren-vale-crisis');
    const recap = [
      'Maren & Vale sells fashion online from Leeds, turning over £9 million with 38 staff.',
      'Its Earth Edit range, priced £45 to £120, was sold as 100% recycled fabric.',
      'A TikTok creator with 400,000 followers showed labels saying 35% recycled polyester, and the video reached 1.8 million views in 48 hours.',
      'Instagram comments went from about 150 a day to 4,200, with 71% of mentions negative against 12% usually.',
      'Ellie Ward deleted 300 critical comments and turned comments off.',
      'The £2,000 a week of Meta ads kept running.',
      'Dan Reyes wants to wait ten days for the supplier investigation.',
    ].join(' ');
    await expectSetAsideByRule(page, recap, 'case-recap', 'Copying the case back is not analysing it');
  });

  test('an answer whose every reason only repeats its claim earns nothing and the learner is told why', async ({ page }) => {
    expect(scenario.id).toBe('maren-vale-crisis');
    const circular = [
      'Maren & Vale should post a holding statement on Instagram and TikTok today about the Earth Edit labels, because a holding statement is a statement that holds.',
      'The 300 deleted comments should be restored and comments turned back on, so the comments are back on.',
      'The £2,000 a week of Meta ads for the Earth Edit should be paused because paused ads are paused.',
      'Ellie Ward needs an escalation procedure and a crisis protocol because a crisis needs a protocol, so the protocol is the crisis protocol.',
    ].join(' ');
    await expectSetAsideByRule(page, circular, ['circular-reason', 'unargued'], 'A reason that repeats what it is meant to explain earns nothing');
  });

  test('an outline of what the learner would have covered earns nothing and the learner is told why', async ({ page }) => {
    expect(scenario.id).toBe('maren-vale-crisis');
    const outline = [
      'I ran out of time, so here is what a full answer would have covered:',
      '',
      '1. A holding statement on Instagram and TikTok today, admitting the Earth Edit labels are wrong, because ten days of silence lets the 1.8 million-view video tell the story.',
      '2. Restore the 300 deleted comments and turn comments back on, since deleting criticism reads as a cover-up.',
      '3. Pause the £2,000 a week of Meta ads for the Earth Edit until the claim is corrected.',
    ].join('\n');
    await expectSetAsideByRule(page, outline, 'unwritten', 'Points listed as what you would have covered earn nothing');
  });

  test('a sentence listing what the case needs, one item per point, earns nothing and the learner is told why', async ({ page }) => {
    expect(scenario.id).toBe('maren-vale-crisis');
    const list =
      'Maren & Vale now needs an honest public announcement about the label, an end to deleting angry comments, paused promotional posts, a crisis protocol with named roles, one consistent tone and social listening on sentiment.';
    await expectSetAsideByRule(page, list, 'crammed', 'A sentence that names several points at once makes none of them');
  });

  test('sentences that only point at things (“should focus on A, B and C”) earn nothing and the learner is told why', async ({ page }) => {
    expect(scenario.id).toBe('maren-vale-crisis');
    const pointers = [
      'Maren & Vale should focus on a holding statement, the deleted comments and the Earth Edit ads.',
      'Ellie Ward should consider an escalation procedure, clear roles and sign-off.',
      'The brand should use social listening, sentiment and recovery.',
      'Dan Reyes should also mention the CMA, the Green Claims Code and the 100% recycled claim.',
    ].join(' ');
    await expectSetAsideByRule(page, pointers, 'directive-list', 'Lists of terms earn nothing on their own');
  });

  test('an answer that names every recommendation but never says why earns nothing and the learner is told why', async ({ page }) => {
    expect(scenario.id).toBe('maren-vale-crisis');
    const unargued = [
      'Dan Reyes should issue a prompt holding statement about the Earth Edit labels.',
      'Ellie Ward should stop deleting critical comments and answer negative feedback publicly on Instagram.',
      'The scheduled Earth Edit posts and the £2,000 a week of Meta ads should be paused.',
      'Maren & Vale needs a crisis protocol with an escalation procedure, clear roles and sign-off.',
      'The response on TikTok and Instagram should be consistent and sincere.',
      'Social listening should track the 71% negative sentiment and the recovery of reputation.',
    ].join(' ');
    await expectSetAsideByRule(page, unargued, 'unargued', 'Your answer names what should happen but never says why');
  });

  test('a well-argued answer that never names the case earns each point only in part, and is told what is missing', async ({ page }) => {
    expect(scenario.id).toBe('maren-vale-crisis');
    // Sound crisis advice for any brand: no name, person or figure from this case.
    const generic = [
      'When a brand’s sustainability claim is exposed as false, it should post a holding statement the same day that admits the problem, because silence while an investigation runs lets the viral video tell the story for it.',
      'Deleting critical comments looks like a cover-up and pushes people to repost their anger elsewhere, so the brand should restore them and reply publicly with what it is doing.',
      'Scheduled promotional posts and paid ads for the range should be paused, since cheerful adverts beside an angry thread make the brand look like it is not listening.',
      'The team needs a crisis protocol with an escalation procedure, named roles and sign-off for every public reply, so that nobody acts alone.',
      'Every channel should give the same sincere message.',
      'Social listening should track sentiment each day to show when reputation is recovering.',
      'The false claim is a misleading environmental claim under consumer law, so the wording must be corrected at once.',
    ].join(' ');
    const marked = markAnswer(asMarkedInApp(scenario), generic);
    const capped = markAnswer(asMarkedInApp(scenario), generic, markerParameters({ disabledRules: ['off-case'] }));
    expect(capped.total, 'with off-case off, the answer would earn more').toBeGreaterThan(marked.total);
    expect(marked.points.every((point) => point.status !== 'earned')).toBe(true);

    const box = await openExercise(page);
    await box.fill(generic);
    await page.getByRole('button', { name: 'Mark my answer' }).click();
    await expect(page.getByRole('heading', { name: `Marked: ${marked.total} out of ${scenario.marks}` })).toBeVisible();
    const item = page.locator('.points > li').filter({ hasText: 'Partly earned' }).first();
    await expect(item).toBeVisible();
    await item.locator('summary').click();
    await expect(item.locator('.reason')).toContainText('how it applies to this case');
    // No point reads as earned in full: every status is “Partly earned” or “Not earned”.
    const statuses = await page.locator('.points > li .status').allInnerTexts();
    expect(statuses).toHaveLength(scenario.points.length);
    for (const status of statuses) expect(status.trim()).toMatch(/(Partly|Not) earned$/);
  });

  test('the page states the length limit, and an answer over it is refused with the reason while the draft is kept', async ({ page }) => {
    const box = await openExercise(page);
    await expect(page.getByText(`The marker reads up to ${ANSWER_WORD_LIMIT.toLocaleString('en-GB')} words.`, { exact: false })).toBeVisible();
    const tooLong = Array.from({ length: ANSWER_WORD_LIMIT + 5 }, (_, i) => (i % 12 === 11 ? 'grotto.' : 'grotto')).join(' ');
    await box.fill(tooLong);
    await page.getByRole('button', { name: 'Mark my answer' }).click();
    await expect(page.getByRole('alert')).toContainText(`${(ANSWER_WORD_LIMIT + 5).toLocaleString('en-GB')} words, over the ${ANSWER_WORD_LIMIT.toLocaleString('en-GB')}-word limit`);
    await expect(page.getByRole('alert')).toContainText('Your draft is kept');
    await expect(page.getByRole('heading', { name: /^Marked: / })).toHaveCount(0);
    await expect(box).toHaveValue(tooLong);
  });
});
