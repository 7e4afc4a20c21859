// Every table of the page, in the order a reader goes through them: the findings and what to do
// about them first, then what else holds public addresses, then what the scan could not see.
import { RECOMMENDED_ACTIONS_TABLE } from './actionsTable.js';
import {
  ACCELERATORS_TABLE,
  ASSOCIATED_EIPS_TABLE,
  AUTO_ASSIGN_SUBNETS_TABLE,
  UNCHECKED_ACCOUNTS_TABLE,
  VPN_CONNECTIONS_TABLE,
} from './inventoryTables.js';
import {
  FINDINGS_TABLE,
  POLICY_DENIED_TABLE,
  SCAN_ERRORS_TABLE,
  UNASSOCIATED_EIPS_TABLE,
  type TableDefinition,
} from './reportTables.js';

export const PAGE_TABLES: readonly TableDefinition[] = [
  FINDINGS_TABLE,
  RECOMMENDED_ACTIONS_TABLE,
  UNASSOCIATED_EIPS_TABLE,
  ASSOCIATED_EIPS_TABLE,
  AUTO_ASSIGN_SUBNETS_TABLE,
  VPN_CONNECTIONS_TABLE,
  ACCELERATORS_TABLE,
  SCAN_ERRORS_TABLE,
  POLICY_DENIED_TABLE,
  UNCHECKED_ACCOUNTS_TABLE,
];
