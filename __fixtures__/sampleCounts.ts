// What the sample organisation (test-support/aws/sampleOrg.ts) yields as the action's step
// outputs: the e2e tests and the self-test workflow (checked against this) expect these.
export const SAMPLE_COUNTS = {
  'address-count': '34',
  'byoip-address-count': '1',
  'public-ip-count': '21',
  'high-suspicion-count': '6',
  'moderate-suspicion-count': '1',
  'unassociated-eip-count': '3',
  'scan-error-count': '0',
  coverage: '6/6',
  'policy-denied-count': '0',
  'monthly-cost-usd': '120.45',
  'potential-savings-usd': '29.20',
};
