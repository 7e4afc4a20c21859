import type { NetworkInterface } from '@aws-sdk/client-ec2';
import type { RegionInventory } from '../collect/inventory.js';
import { autoAssignSubnets } from './autoAssignSubnets.js';
import { elasticIps, elasticIpsByPublicIp } from './elasticIps.js';
import { eniPublicIpRows, publicAddressesOf, type EniAddress } from './eniPublicIps.js';
import { interfaceTypeOf } from './interfaceType.js';
import { owningService } from './owningService.js';
import { publicPrefixLists } from './prefixLists.js';
import { UNATTACHED } from './reasons.js';
import { routeCheck, subnetRouteVerdicts, type SubnetRef } from './routeReachability.js';
import { groupExposures, securityGroupVerdict } from './securityGroupExposure.js';
import { combineChecks, PASSED, raised } from './suspicion.js';
import { type CheckVerdict } from '../model/checkVerdict.js';
import type { EniChecks, EniPublicIp, RegionFindings } from '../model/findings.js';
import { vpnPublicIps } from './vpnConnections.js';

function attachmentVerdict(eni: NetworkInterface): CheckVerdict {
  return eni.Attachment === undefined ? raised('HIGH', UNATTACHED) : PASSED;
}

/**
 * Everything one account-region yields. Per-group and per-subnet verdicts are computed once
 * and then looked up per interface, so the work grows linearly with interfaces, rules and routes.
 */
export function analyzeRegion(inv: RegionInventory): RegionFindings {
  const { accountId, region } = inv;
  const publicLists = publicPrefixLists(inv.prefixLists);
  const exposures =
    inv.securityGroupRules === undefined
      ? undefined
      : groupExposures(inv.securityGroupRules, publicLists);
  const eipsByPublicIp = elasticIpsByPublicIp(inv.addresses);

  // Only interfaces that hold a public address are judged.
  const withAddresses: { eni: NetworkInterface; addresses: EniAddress[] }[] = [];
  for (const eni of inv.networkInterfaces ?? []) {
    const addresses = publicAddressesOf(eni);
    if (addresses.length > 0) withAddresses.push({ eni, addresses });
  }

  const subnetRefs: SubnetRef[] = [
    ...withAddresses.map(({ eni }) => ({ subnetId: eni.SubnetId ?? '', vpcId: eni.VpcId ?? '' })),
    ...(inv.subnets ?? [])
      .filter((subnet) => subnet.MapPublicIpOnLaunch === true && subnet.SubnetId !== undefined)
      .map((subnet) => ({ subnetId: subnet.SubnetId ?? '', vpcId: subnet.VpcId ?? '' })),
  ];
  const routeVerdicts = subnetRouteVerdicts(inv.routeTables, publicLists, subnetRefs);

  const eniPublicIps: EniPublicIp[] = [];
  for (const { eni, addresses } of withAddresses) {
    const groupIds = (eni.Groups ?? []).flatMap((group) =>
      group.GroupId === undefined ? [] : [group.GroupId],
    );
    const routeVerdict = routeVerdicts.get(eni.SubnetId ?? '');
    const checks: EniChecks = {
      securityGroups: securityGroupVerdict(
        groupIds,
        exposures,
        eni.OwnerId !== undefined && eni.OwnerId !== accountId ? eni.OwnerId : undefined,
      ),
      routes: routeVerdict === undefined ? PASSED : routeCheck(routeVerdict),
      attachment: attachmentVerdict(eni),
    };
    const { suspicion, reasons } = combineChecks(checks);
    const serviceManaged = addresses.flatMap(({ address }) => {
      const flag = eipsByPublicIp.get(address)?.ServiceManaged;
      return flag === undefined ? [] : [flag];
    });
    const owner = owningService(eni, serviceManaged);
    eniPublicIps.push(
      ...eniPublicIpRows(eni, addresses, {
        accountId,
        region,
        interfaceType: interfaceTypeOf(eni, owner),
        owner,
        suspicion,
        reasons,
        eipsByPublicIp,
        checks,
      }),
    );
  }

  const eips = elasticIps(accountId, region, inv.addresses);
  return {
    eniPublicIps,
    associatedEips: eips.associated,
    unassociatedEips: eips.unassociated,
    autoAssignSubnets: autoAssignSubnets(accountId, region, inv.subnets, routeVerdicts),
    vpnConnections: vpnPublicIps(accountId, region, inv.vpnConnections),
  };
}
