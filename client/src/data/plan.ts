// Plan docs: Yjs, y-indexeddb and y-websocket behind typed hooks and functions. Import lazily.
export { usePlan, type UsePlan, type PlanStatus } from './use-plan';
export { createPlanFromJson, createPlanFromTemplate, CreatePlanError, type CreatePlanReason } from './create-plan';
export { planMutators, type PlanMutators } from './bound-mutators';
export type { PlanHandle } from './plan-replica';
