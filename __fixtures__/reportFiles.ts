// The CSV files a scan writes, as users find them (without the epoch prefix): the Python script's six,
// then the coverage reports. Spelled out here, not derived from src, because they are the contract.
export const CSV_REPORTS = [
  'associated_eips.csv',
  'unassociated_eips.csv',
  'eni_public_ips.csv',
  'private_subnets_with_auto_assign.csv',
  'vpn_connections.csv',
  'global_accelerators.csv',
  'unchecked_accounts.csv',
  'scan_errors.csv',
  'policy_denied.csv',
];

/** Every file of a run: the CSV files, then report.json, report.html and remediation.sh. */
export const ALL_REPORTS = [...CSV_REPORTS, 'report.json', 'report.html', 'remediation.sh'];
