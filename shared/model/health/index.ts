export { analyseJourney, HEALTH_RULES, SEVERITY_PENALTY } from './analyse';
export { RULE_IDS, SEVERITIES } from './types';
export type { Finding, HealthReport, RuleId, Severity, StageScore } from './types';
