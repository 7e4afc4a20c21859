// Site-to-Site VPN connections (vpn_connections.csv): two public tunnel addresses each, charged.
import { compareText } from '../analyze/compareAddress.js';
import { vpnAddresses } from '../analyze/cost.js';
import { Service } from '../analyze/owningService.js';
import { col } from '../format/csvColumns.js';
import type { VpnPublicIps } from '../model/findings.js';
import { orNull } from '../format/orNull.js';
import { defineKind } from './findingKind.js';
import { monthlyCostCents, monthlyCostColumn, monthlyCostJson } from './findingCells.js';

export const VPN_CONNECTIONS = defineKind({
  member: 'vpnConnections',
  key: (vpn) => `${vpn.accountId}/${vpn.region}/${vpn.connectionId}`,
  compare: (a: VpnPublicIps, b: VpnPublicIps) =>
    compareText(a.accountId, b.accountId) ||
    compareText(a.region, b.region) ||
    compareText(a.connectionId, b.connectionId),
  addresses: (vpn) =>
    vpnAddresses(vpn).map((address) => ({
      region: vpn.region,
      address,
      accountId: vpn.accountId,
      interfaceType: 'Site-to-Site VPN',
      service: Service.SiteToSiteVpn,
      byoip: false,
      removable: false,
    })),
  totals: (rows) => ({
    vpnConnections: rows.length,
    vpnPublicIps: rows.reduce((n, v) => n + vpnAddresses(v).length, 0),
  }),
  csv: {
    name: 'vpn_connections',
    columns: [
      col<VpnPublicIps>('AccountId', (v) => v.accountId),
      col<VpnPublicIps>('Region', (v) => v.region),
      col<VpnPublicIps>('ConnectionId', (v) => v.connectionId),
      col<VpnPublicIps>('Address1', (v) => v.address1),
      col<VpnPublicIps>('Address2', (v) => v.address2),
      col<VpnPublicIps>('State', (v) => v.state),
      monthlyCostColumn<VpnPublicIps>((v) => vpnAddresses(v).length),
    ],
  },
  json(vpn, price) {
    const addresses = vpnAddresses(vpn);
    return {
      accountId: vpn.accountId,
      region: vpn.region,
      connectionId: vpn.connectionId,
      addresses,
      state: orNull(vpn.state),
      monthlyCostUsd: monthlyCostJson(addresses.length, price),
    };
  },
  html: {
    order: 6,
    table: {
      id: 'vpn-connections',
      title: 'Site-to-Site VPN connections',
      noun: 'VPN connections',
      columns: [
        { label: 'Account', kind: 'text', value: (v) => v.accountId },
        { label: 'Region', kind: 'text', value: (v) => v.region },
        { label: 'Connection', kind: 'text', value: (v) => v.connectionId },
        { label: 'Address 1', kind: 'address', value: (v) => v.address1 },
        { label: 'Address 2', kind: 'address', value: (v) => v.address2 },
        { label: 'State', kind: 'text', value: (v) => v.state ?? '' },
        {
          label: 'Monthly cost',
          kind: 'usd',
          value: (v, price) => monthlyCostCents(vpnAddresses(v).length, price),
        },
      ],
    },
  },
});
