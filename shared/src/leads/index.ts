// Leads: deriving them from a lead cell as written, and the plan's lead directory (aliases merged by a person).
export { splitLeads, leadKey } from './split-leads';
export {
  leadDirectory,
  resolvedLeadNames,
  leadsWithActions,
  buildLeadDirectory,
  type LeadDirectory,
  type ResolvedLead,
  type LeadWithActions,
} from './lead-directory';
