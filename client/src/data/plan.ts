// Plan docs: Yjs, y-indexeddb and y-websocket behind typed hooks and functions. Import lazily.
export { usePlan, type UsePlan, type PlanStatus } from './replica/use-plan';
export { createPlanFromJson, createPlanFromTemplate, CreatePlanError, type CreatePlanReason } from './replica/create-plan';
export { planMutators, type PlanMutators } from './replica/bound-mutators';
export type { PlanHandle } from './replica/plan-replica';
