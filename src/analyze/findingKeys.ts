// Finding keys match a finding across runs (baselines): ids only, never positions.
import type { ElasticIp, EniPublicIp } from '../model/findings.js';

export function eniFindingKey(ip: EniPublicIp): string {
  return `${ip.ownerAccountId}/${ip.region}/${ip.interfaceId}/${ip.address}`;
}

export function eipFindingKey(eip: ElasticIp): string {
  return `${eip.accountId}/${eip.region}/${eip.allocationId ?? eip.publicIp}`;
}
