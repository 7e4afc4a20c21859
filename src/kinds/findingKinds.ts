// Every kind of finding, in the order of their CSV reports: the Python script's six files first,
// in its order (our compatibility contract), new kinds after them. report.json orders its members
// as its schema does, and the HTML page by each kind's `html.order`.
import { AUTO_ASSIGN_SUBNETS } from './autoAssignSubnets.js';
import { ASSOCIATED_EIPS, UNASSOCIATED_EIPS } from './elasticIps.js';
import { ENI_PUBLIC_IPS } from './eniPublicIps.js';
import { GLOBAL_ACCELERATORS } from './globalAccelerators.js';
import { VPN_CONNECTIONS } from './vpnConnections.js';

export const FINDING_KINDS = [
  ASSOCIATED_EIPS,
  UNASSOCIATED_EIPS,
  ENI_PUBLIC_IPS,
  AUTO_ASSIGN_SUBNETS,
  VPN_CONNECTIONS,
  GLOBAL_ACCELERATORS,
] as const;

/** The names of the kinds' CSV reports (`{epoch}_NAME.csv`). */
export type FindingReportName = (typeof FINDING_KINDS)[number]['csv']['name'];
