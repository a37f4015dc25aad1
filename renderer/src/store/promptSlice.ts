import type { StateCreator } from 'zustand';
import type { RecoveryEntry } from '../../../shared/ipc/contract';
import type { AppState, AppMutators } from './types';

/** A message: something went wrong (or needs noting) and the user acknowledges it. */
export interface MessagePrompt {
  kind: 'message';
  title: string;
  /** A complete sentence naming the file and what happened, shown as is. */
  message: string;
  /** Where a broken file's first problem is, e.g. "journey.tactics[2].stage". */
  jsonPath?: string;
  /** Every problem found, for a "Details" disclosure. */
  details?: string[];
  tone: 'error' | 'info';
}

export interface PromptChoice {
  value: string;
  label: string;
  tone?: 'primary' | 'danger';
}

/** A question with a few answers; Escape and the backdrop give `cancel`. */
export interface ChoicePrompt {
  kind: 'choice';
  title: string;
  message: string;
  /** In display order; the first is focused unless one is marked `focus`. */
  choices: PromptChoice[];
  cancel: string;
  /** The answer focused when the dialog opens (never a destructive one by default). */
  focus?: string;
}

export type Prompt = MessagePrompt | ChoicePrompt;

export interface PendingPrompt {
  id: number;
  prompt: Prompt;
  /** The answer's value (a choice's `value`, or 'ok' for a message). */
  resolve(answer: string): void;
}

/** Modal questions and messages, shown one at a time in order. Never saved, never undone. */
export interface PromptSlice {
  prompts: PendingPrompt[];
  /** Journeys autosaved before a crash that the user has not restored or discarded yet. */
  recoveryOffer: RecoveryEntry[] | null;
  /** Why autosave is not working right now (shown in the toolbar), or null. */
  autosaveProblem: string | null;
  ask(prompt: Prompt): Promise<string>;
  answerPrompt(id: number, answer: string): void;
  setRecoveryOffer(entries: RecoveryEntry[] | null): void;
  setAutosaveProblem(problem: string | null): void;
}

export const createPromptSlice: StateCreator<AppState, AppMutators, [], PromptSlice> = (
  set,
  get,
) => {
  let nextId = 1;
  return {
    prompts: [],
    recoveryOffer: null,
    autosaveProblem: null,
    ask(prompt) {
      return new Promise<string>((resolve) => {
        const id = nextId++;
        set((state) => {
          state.prompts.push({ id, prompt, resolve });
        });
      });
    },
    answerPrompt(id, answer) {
      const pending = get().prompts.find((p) => p.id === id);
      if (!pending) return;
      set((state) => {
        state.prompts = state.prompts.filter((p) => p.id !== id);
      });
      pending.resolve(answer);
    },
    setRecoveryOffer(entries) {
      set((state) => {
        state.recoveryOffer = entries && entries.length > 0 ? entries : null;
      });
    },
    setAutosaveProblem(problem) {
      if (get().autosaveProblem === problem) return;
      set((state) => {
        state.autosaveProblem = problem;
      });
    },
  };
};
