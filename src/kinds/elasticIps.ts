// Elastic IPs: those associated with something (associated_eips.csv) and those associated with
// nothing (unassociated_eips.csv), charged all the same and the first thing to release.
import { compareAddress, compareText } from '../analyze/compareAddress.js';
import { eipFindingKey } from '../analyze/findingKeys.js';
import { Service } from '../analyze/owningService.js';
import { col, type CsvColumn } from '../format/csvColumns.js';
import type { HtmlColumn } from '../format/htmlTable.js';
import type { ElasticIp } from '../model/findings.js';
import type * as Json from '../model/reportJson.generated.js';
import { orNull } from '../format/orNull.js';
import { defineKind } from './findingKind.js';
import {
  actionColumns,
  actionJson,
  monthlyCostCents,
  monthlyCostColumn,
  monthlyCostJson,
  savingColumn,
  suppressionColumns,
} from './findingCells.js';

const compareElasticIps = (a: ElasticIp, b: ElasticIp) =>
  compareText(a.accountId, b.accountId) ||
  compareText(a.region, b.region) ||
  compareAddress(a.publicIp, b.publicIp) ||
  compareText(a.allocationId ?? '', b.allocationId ?? '');

/** The address, labelled as what it is on for the cost breakdown. */
const priced = (eip: ElasticIp, interfaceType: string, removable: boolean) => [
  {
    region: eip.region,
    address: eip.publicIp,
    accountId: eip.accountId,
    interfaceType,
    service: Service.ElasticIp,
    byoip: eip.byoip,
    removable,
  },
];

const COLUMNS: readonly CsvColumn<ElasticIp>[] = [
  col('AccountId', (e) => e.accountId),
  col('Region', (e) => e.region),
  col('EIP', (e) => e.publicIp),
  col('AllocationId', (e) => e.allocationId),
  col('Pool', (e) => e.pool),
  col('Byoip', (e) => e.byoip),
  col('AssociationId', (e) => e.associationId),
  col('NetworkInterfaceId', (e) => e.networkInterfaceId),
  col('InstanceId', (e) => e.instanceId),
  col('PrivateIp', (e) => e.privateIp),
  col('NetworkBorderGroup', (e) => e.networkBorderGroup),
  col('Name', (e) => e.name),
  ...actionColumns<ElasticIp>(),
  savingColumn<ElasticIp>(),
  monthlyCostColumn(
    () => 1,
    (e) => e.byoip,
  ),
  ...suppressionColumns<ElasticIp>(),
];

function eipJson(eip: ElasticIp, price: number): Omit<Json.ElasticIp, 'key'> {
  return {
    accountId: eip.accountId,
    region: eip.region,
    publicIp: eip.publicIp,
    allocationId: orNull(eip.allocationId),
    pool: eip.pool,
    byoip: eip.byoip,
    associationId: orNull(eip.associationId),
    networkInterfaceId: orNull(eip.networkInterfaceId),
    instanceId: orNull(eip.instanceId),
    privateIp: orNull(eip.privateIp),
    networkBorderGroup: orNull(eip.networkBorderGroup),
    name: orNull(eip.name),
    monthlyCostUsd: monthlyCostJson(1, price, eip.byoip),
    action: actionJson(eip.action, price, eip.byoip),
    suppressionReason: orNull(eip.suppressionReason),
  };
}

const costColumn: HtmlColumn<ElasticIp> = {
  label: 'Monthly cost',
  kind: 'usd',
  value: (e, price) => monthlyCostCents(1, price, e.byoip),
};

export const ASSOCIATED_EIPS = defineKind({
  member: 'associatedEips',
  key: eipFindingKey,
  compare: compareElasticIps,
  addresses: (eip) => priced(eip, 'Elastic IP', false),
  totals: (rows) => ({ associatedEips: rows.length }),
  csv: { name: 'associated_eips', columns: COLUMNS },
  json: eipJson,
  html: {
    order: 4,
    table: {
      id: 'associated-eips',
      title: 'Associated Elastic IPs',
      noun: 'associated Elastic IPs',
      columns: [
        { label: 'Account', kind: 'text', value: (e) => e.accountId },
        { label: 'Region', kind: 'text', value: (e) => e.region },
        { label: 'Address', kind: 'address', value: (e) => e.publicIp },
        { label: 'Allocation', kind: 'text', value: (e) => e.allocationId ?? '' },
        { label: 'Interface', kind: 'text', value: (e) => e.networkInterfaceId ?? '' },
        { label: 'Instance', kind: 'text', value: (e) => e.instanceId ?? '' },
        { label: 'Private IP', kind: 'address', value: (e) => e.privateIp ?? '' },
        { label: 'Pool', kind: 'text', value: (e) => e.pool },
        { label: 'Name', kind: 'text', value: (e) => e.name ?? '', wrap: true },
        costColumn,
      ],
    },
  },
});

export const UNASSOCIATED_EIPS = defineKind({
  member: 'unassociatedEips',
  key: eipFindingKey,
  compare: compareElasticIps,
  addresses: (eip) => priced(eip, 'Unassociated Elastic IP', true),
  idle: true,
  totals: (rows) => ({
    unassociatedEips: rows.length,
    unassociatedEipsCharged: rows.filter((eip) => !eip.byoip).length,
  }),
  actionable: (eip) =>
    eip.action && {
      accountId: eip.accountId,
      region: eip.region,
      address: eip.publicIp,
      subject: eip.allocationId ?? 'Elastic IP',
      why: 'an Elastic IP associated with nothing.',
      action: eip.action,
      byoip: eip.byoip,
    },
  csv: { name: 'unassociated_eips', columns: COLUMNS },
  json: eipJson,
  html: {
    order: 3,
    table: {
      id: 'unassociated-eips',
      title: 'Unassociated Elastic IPs',
      noun: 'unassociated Elastic IPs',
      columns: [
        { label: 'Account', kind: 'text', value: (e) => e.accountId },
        { label: 'Region', kind: 'text', value: (e) => e.region },
        { label: 'Address', kind: 'address', value: (e) => e.publicIp },
        { label: 'Allocation', kind: 'text', value: (e) => e.allocationId ?? '' },
        { label: 'Pool', kind: 'text', value: (e) => e.pool },
        { label: 'BYOIP', kind: 'text', value: (e) => (e.byoip ? 'yes' : 'no') },
        { label: 'Name', kind: 'text', value: (e) => e.name ?? '', wrap: true },
        costColumn,
      ],
    },
  },
});
