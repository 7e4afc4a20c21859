// AWS's own records of the addresses, as the scan reads them when a reconciliation is on
// (scan/readAwsRecords.ts): VPC IPAM's discovered public addresses per region and the bill (Cost
// Explorer). The reconciliations (analyze/reconciliation.ts) compare them with the findings.
//
// model/ holds plain data: the SDK's answers (IpamDiscoveredPublicAddress, ResultByTime,
// DimensionValuesWithAttributes) are kept as they are, typed here by the members the
// reconciliations read; the SDK's types are assignable to these.

/** One address of GetIpamDiscoveredPublicAddresses (the SDK's IpamDiscoveredPublicAddress). */
export interface IpamAddress {
  Address?: string | undefined;
  AddressRegion?: string | undefined;
  AddressOwnerId?: string | undefined;
  AddressType?: string | undefined;
  Service?: string | undefined;
  ServiceResource?: string | undefined;
  NetworkInterfaceId?: string | undefined;
  SampleTime?: Date | undefined;
}

/** One period of GetCostAndUsage (the SDK's ResultByTime). */
interface CostResult {
  TimePeriod?: { Start?: string | undefined; End?: string | undefined } | undefined;
  Groups?:
    | {
        Keys?: string[] | undefined;
        Metrics?:
          Record<string, { Amount?: string | undefined; Unit?: string | undefined }> | undefined;
      }[]
    | undefined;
  Estimated?: boolean | undefined;
}

/** A dimension value and its attributes (the SDK's DimensionValuesWithAttributes). */
interface DimensionValue {
  Value?: string | undefined;
  Attributes?: Record<string, string> | undefined;
}

export interface DiscoveredPublicAddresses {
  addresses: IpamAddress[];
  /** The oldest successful discovery time IPAM gives for the region; absent when it gives none. */
  oldestSampleTime?: Date;
}

export interface IpamRegionAnswer {
  region: string;
  /** IPAM's answer for the region; absent when the call failed. */
  answer?: DiscoveredPublicAddresses;
}

export interface CostAndUsage {
  /** Every page's results, in order: a month split over pages appears once per page. */
  resultsByTime: CostResult[];
  /** The linked accounts the answer names, with their names (`description`). */
  dimensionValueAttributes: DimensionValue[];
}

export interface BillingPeriod {
  /** `YYYY-MM-DD`, inclusive. */
  start: string;
  /** `YYYY-MM-DD`, exclusive. */
  end: string;
  /** Hours from start to end: what an address held throughout would be billed. */
  hours: number;
}

export interface BillingPeriods {
  lastMonth: BillingPeriod;
  /** Absent on the first day of a month: no whole day of it has passed. */
  monthToDate?: BillingPeriod;
  /** The span to ask Cost Explorer for: from the last month's start to the month to date's end. */
  query: { Start: string; End: string };
}

export interface IpamRecords {
  resourceDiscoveryId: string;
  /** The account asked: 'ipam-account', or the caller's. */
  accountId: string;
  /** The region the requests were sent to (the discovery's home region, 'aws-region'). */
  homeRegion: string;
  /** One per scanned region, by region; `answer` absent where the call failed. */
  answers: IpamRegionAnswer[];
}

export interface BillingRecords {
  callerAccountId: string;
  periods: BillingPeriods;
  /** Absent when a Cost Explorer call failed. */
  costAndUsage?: CostAndUsage;
}

export interface AwsRecords {
  ipam?: IpamRecords;
  billing?: BillingRecords;
}
