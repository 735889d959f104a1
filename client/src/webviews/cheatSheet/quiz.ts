// "Which code when…?": one question per decision-guide line of the curated comparisons; the choices are
// that comparison's codes. Pure, so the order and scoring are unit-tested.
import type { Dataset } from '../../../../server/src/service/dataset';

export interface QuizChoice { code: number; name: string }

export interface QuizQuestion {
  /** Stable across reloads of the same dataset: "<comparison id>/<code>". */
  id: string;
  scenario: string;
  choices: QuizChoice[];
  answer: number;
  comparisonTitle: string;
  keyInsight: string;
}

export interface QuizState {
  seed: number;
  /** Index into the shuffled order. */
  position: number;
  correct: number;
  answered: number;
  /** The choice made for the current question, if any. */
  chosen?: number;
}

export function newQuizState(seed: number): QuizState {
  return { seed: seed >>> 0, position: 0, correct: 0, answered: 0 };
}

export function quizQuestions(dataset: Dataset): QuizQuestion[] {
  const names = new Map<number, string>();
  for (const entry of dataset.codes ?? []) names.set(entry.code, entry.meanings?.[0]?.name ?? '');
  const questions: QuizQuestion[] = [];
  for (const comparison of dataset.comparisons ?? []) {
    const codes = [...new Set(comparison.codes ?? [])].sort((a, b) => a - b);
    if (codes.length < 2) continue;
    const choices = codes.map((code) => ({ code, name: names.get(code) ?? '' }));
    const seen = new Set<number>();
    for (const line of comparison.decisionGuide ?? []) {
      // A guide that names one code twice would make two questions with the same answer text.
      if (!codes.includes(line.code) || seen.has(line.code) || !line.useWhen?.trim()) continue;
      seen.add(line.code);
      questions.push({
        id: `${comparison.id}/${line.code}`, scenario: line.useWhen.trim(), choices, answer: line.code,
        comparisonTitle: comparison.title ?? '', keyInsight: comparison.keyInsight ?? '',
      });
    }
  }
  return questions;
}

/** A deterministic shuffle of 0..count-1 for a seed (mulberry32 + Fisher–Yates). */
export function quizOrder(count: number, seed: number): number[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

export function currentQuestion(questions: readonly QuizQuestion[], state: QuizState): QuizQuestion | undefined {
  if (questions.length === 0) return undefined;
  const order = quizOrder(questions.length, state.seed);
  return questions[order[state.position % questions.length]];
}

/** Records an answer; a second answer to the same question changes nothing. */
export function answer(questions: readonly QuizQuestion[], state: QuizState, code: number): QuizState {
  const question = currentQuestion(questions, state);
  if (!question || state.chosen !== undefined) return state;
  return { ...state, chosen: code, answered: state.answered + 1, correct: state.correct + (code === question.answer ? 1 : 0) };
}

export function nextQuestion(state: QuizState): QuizState {
  return { ...state, position: state.position + 1, chosen: undefined };
}
