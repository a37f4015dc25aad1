import type { StageId } from '../types';

/** How much a finding matters: a problem breaks the journey, a warning weakens it, a tip may help. */
export const SEVERITIES = ['problem', 'warning', 'tip'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RULE_IDS = [
  'empty-stage',
  'dead-end',
  'unconnected',
  'flagged-connection',
  'no-entry-offer',
  'no-core-offer',
  'no-loop',
  'no-lead-magnet',
  'convert-excite-gap',
  'no-owner',
  'duplicate-tactic',
  'other-stage-tactic',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Something the analysis noticed about a journey. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** One plain sentence, the same in the app and in `cvj check`. */
  message: string;
  /** The stages concerned, in journey order ("Show me" reveals them). */
  stages: StageId[];
  /** The tactics concerned ("Show me" selects them). */
  tactics: string[];
  /** The connections concerned, if any. */
  connections: string[];
  /**
   * Names this finding across edits, for "we know" dismissals saved in the file: the rule and
   * what it is about (stages, tactics, connections), not its wording.
   */
  key: string;
}

export interface StageScore {
  stage: StageId;
  /** 0 to 100. */
  score: number;
}

export interface HealthReport {
  /** The journey's score, 0 to 100: the mean of the stages' scores. */
  score: number;
  stages: StageScore[];
  /** Findings that count, most severe first, then in journey order. */
  findings: Finding[];
  /** Findings the user dismissed for this journey ("we know"): listed, not counted. */
  dismissed: Finding[];
}
