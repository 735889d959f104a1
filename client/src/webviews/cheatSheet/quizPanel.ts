// The quiz tab's DOM; the rules live in quiz.ts.
import { Child, button, h } from '../shared/dom';
import { QuizQuestion, QuizState, currentQuestion } from './quiz';

export interface QuizActions {
  answer(code: number): void;
  next(): void;
  reset(): void;
}

export function renderQuiz(questions: readonly QuizQuestion[], state: QuizState, actions: QuizActions): Child[] {
  const score = h('p', { class: 'score', role: 'status', 'aria-live': 'polite' },
    `Score: ${state.correct} of ${state.answered}`);
  const question = currentQuestion(questions, state);
  if (!question) {
    return [h('p', { class: 'empty' }, 'No quiz questions yet: the dataset has no comparisons with decision guides.')];
  }
  const answered = state.chosen !== undefined;
  const choices = h('div', { class: 'choices', role: 'group', 'aria-labelledby': 'quiz-scenario' },
    question.choices.map((choice) => {
      const classes = ['choice'];
      let label = `${choice.code} ${choice.name}`;
      if (answered && choice.code === question.answer) { classes.push('correct'); label += ' ✓'; }
      else if (answered && choice.code === state.chosen) { classes.push('wrong'); label += ' ✗'; }
      return button(label, () => actions.answer(choice.code), {
        class: classes.join(' '), 'data-code': choice.code, disabled: answered,
        'aria-pressed': answered ? String(choice.code === state.chosen) : undefined,
      });
    }));
  const right = question.choices.find((c) => c.code === question.answer);
  const feedback = answered
    ? h('div', { class: 'feedback', role: 'status' },
      h('p', { class: state.chosen === question.answer ? 'verdict correct' : 'verdict wrong' },
        state.chosen === question.answer ? 'Correct: ' : 'Not quite. The answer is ',
        `${question.answer} ${right?.name ?? ''}.`),
      question.keyInsight ? h('p', {}, question.keyInsight) : null,
      button('Next question', actions.next, { class: 'primary', id: 'quiz-next' }))
    : null;
  return [
    score,
    h('h2', { class: 'quiz-title' }, 'Which code when…'),
    // Decision-guide lines read on from "use … when": "…the upstream did not respond in time."
    h('p', { id: 'quiz-scenario', class: 'scenario' }, /^[a-z]/.test(question.scenario) ? `…${question.scenario}` : question.scenario),
    question.comparisonTitle ? h('p', { class: 'hint' }, `From: ${question.comparisonTitle}`) : null,
    choices,
    feedback,
    h('div', { class: 'quiz-footer' }, button('Reset score', actions.reset, { class: 'link-button' })),
  ];
}
