import * as assert from 'assert';
import { answer, currentQuestion, newQuizState, nextQuestion, quizOrder, quizQuestions } from '../../../client/src/webviews/cheatSheet/quiz';
import { fixture } from './fixture';

describe('cheat sheet: quiz', () => {
  const questions = quizQuestions(fixture);

  it('makes one question per decision-guide line, choices from its comparison', () => {
    assert.deepStrictEqual(questions.map((q) => q.id), [
      '500-502-503-504/500', '500-502-503-504/502', '500-502-503-504/503', '500-502-503-504/504', '502-504/502', '502-504/504',
    ]);
    const q = questions[2];
    assert.strictEqual(q.scenario, 'You are overloaded or in maintenance and will be back.');
    assert.strictEqual(q.answer, 503);
    assert.deepStrictEqual(q.choices.map((c) => `${c.code} ${c.name}`),
      ['500 Internal Server Error', '502 Bad Gateway', '503 Service Unavailable', '504 Gateway Timeout']);
  });

  it('shuffles deterministically per seed and covers every question', () => {
    assert.deepStrictEqual(quizOrder(6, 42), quizOrder(6, 42));
    assert.deepStrictEqual([...quizOrder(6, 42)].sort(), [0, 1, 2, 3, 4, 5]);
    const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => quizOrder(6, seed).join()));
    assert.ok(orders.size > 1, 'different seeds give different orders');
  });

  it('scores answers once per question and moves on', () => {
    let state = newQuizState(7);
    const first = currentQuestion(questions, state)!;
    const wrong = first.choices.find((c) => c.code !== first.answer)!.code;
    state = answer(questions, state, wrong);
    assert.deepStrictEqual([state.correct, state.answered, state.chosen], [0, 1, wrong]);
    state = answer(questions, state, first.answer);
    assert.deepStrictEqual([state.correct, state.answered], [0, 1], 'a second answer does not count');
    state = nextQuestion(state);
    const second = currentQuestion(questions, state)!;
    assert.notStrictEqual(second.id, first.id);
    state = answer(questions, state, second.answer);
    assert.deepStrictEqual([state.correct, state.answered], [1, 2]);
  });

  it('has no question without comparisons', () => {
    assert.strictEqual(currentQuestion(quizQuestions({ ...fixture, comparisons: [] }), newQuizState(1)), undefined);
  });
});
