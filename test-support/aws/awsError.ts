// Errors the stand-in answers, with the HTTP status and default message AWS uses for each
// code. Statuses follow the services' documented common errors and, for modeled JSON errors,
// the installed SDK models' httpError traits.
import { createHash } from 'node:crypto';
import type { ExplicitDenyPolicy } from './fixture.js';

export type Service = 'ec2' | 'sts' | 'organizations' | 'globalaccelerator' | 'ce';

interface Known {
  status: number;
  message: string;
}

const NOT_VALIDATED = 'AWS was not able to validate the provided access credentials';
const TOKEN_INVALID = 'The security token included in the request is invalid.';
const TOKEN_EXPIRED = 'The security token included in the request is expired';
const NO_PERMISSION = "You don't have permissions to access this resource.";

const KNOWN: Record<Service, Record<string, Known>> = {
  ec2: {
    AuthFailure: { status: 401, message: NOT_VALIDATED },
    // EC2's answer to an expired temporary credential (its docs list it under RequestExpired).
    RequestExpired: { status: 400, message: 'Request has expired.' },
    OptInRequired: {
      status: 403,
      message:
        'You are not subscribed to this service. Please go to http://aws.amazon.com to subscribe.',
    },
    UnauthorizedOperation: {
      status: 403,
      message: 'You are not authorized to perform this operation.',
    },
    RequestLimitExceeded: { status: 503, message: 'Request limit exceeded.' },
    InternalError: { status: 500, message: 'An internal error has occurred' },
    Unavailable: { status: 503, message: "The server is overloaded and can't handle the request" },
    InvalidAction: { status: 400, message: 'The action is not valid for this web service.' },
    InvalidParameterValue: { status: 400, message: 'Invalid parameter value' },
    InvalidParameterCombination: { status: 400, message: 'Invalid parameter combination' },
    MissingParameter: { status: 400, message: 'A required parameter is missing' },
    InvalidPaginationToken: {
      status: 400,
      message: 'The specified pagination token is not valid or is expired.',
    },
  },
  sts: {
    InvalidClientTokenId: { status: 403, message: TOKEN_INVALID },
    MissingAuthenticationToken: {
      status: 403,
      message: 'Request is missing Authentication Token',
    },
    ExpiredToken: { status: 403, message: TOKEN_EXPIRED },
    AccessDenied: { status: 403, message: 'Access denied' },
    Throttling: { status: 400, message: 'Rate exceeded' },
    InternalFailure: { status: 500, message: 'An internal error occurred' },
    ServiceUnavailable: { status: 503, message: 'Service unavailable' },
    ValidationError: { status: 400, message: 'Validation error' },
    InvalidIdentityToken: { status: 400, message: 'The web identity token is not valid.' },
    InvalidAction: { status: 400, message: 'Could not find operation' },
  },
  organizations: {
    UnrecognizedClientException: { status: 400, message: TOKEN_INVALID },
    MissingAuthenticationTokenException: { status: 400, message: 'Missing Authentication Token' },
    ExpiredTokenException: { status: 400, message: TOKEN_EXPIRED },
    AccessDeniedException: { status: 403, message: NO_PERMISSION },
    AWSOrganizationsNotInUseException: {
      status: 404,
      message: 'Your account is not a member of an organization.',
    },
    TooManyRequestsException: {
      status: 429,
      message: 'You have sent too many requests in too short a period of time.',
    },
    ServiceException: {
      status: 500,
      message:
        "AWS Organizations can't complete your request because of an internal service error.",
    },
    InvalidInputException: { status: 400, message: 'The requested operation failed.' },
    ParentNotFoundException: {
      status: 404,
      message: "We can't find a root or OU with the ParentId that you specified.",
    },
    UnknownOperationException: { status: 400, message: 'Unknown operation' },
  },
  globalaccelerator: {
    UnrecognizedClientException: { status: 400, message: TOKEN_INVALID },
    MissingAuthenticationTokenException: { status: 400, message: 'Missing Authentication Token' },
    ExpiredTokenException: { status: 400, message: TOKEN_EXPIRED },
    // The API only exists at globalaccelerator.us-west-2.amazonaws.com.
    InvalidSignatureException: {
      status: 400,
      message: 'Credential should be scoped to a valid region.',
    },
    AccessDeniedException: { status: 403, message: NO_PERMISSION },
    ThrottlingException: { status: 400, message: 'Rate exceeded' },
    InternalServiceErrorException: { status: 500, message: 'There was an internal error.' },
    InvalidArgumentException: {
      status: 400,
      message: 'An argument that you specified is invalid.',
    },
    InvalidNextTokenException: { status: 400, message: "There isn't another item to return." },
    UnknownOperationException: { status: 400, message: 'Unknown operation' },
  },
  // Cost Explorer: the modeled errors carry no httpError trait (400); messages are the model's.
  // AccessDeniedException is not modeled: 400, as the JSON services' common errors list it.
  ce: {
    UnrecognizedClientException: { status: 400, message: TOKEN_INVALID },
    MissingAuthenticationTokenException: { status: 400, message: 'Missing Authentication Token' },
    ExpiredTokenException: { status: 400, message: TOKEN_EXPIRED },
    // The API only exists at ce.us-east-1.amazonaws.com (aws partition).
    InvalidSignatureException: {
      status: 400,
      message: 'Credential should be scoped to a valid region.',
    },
    AccessDeniedException: { status: 400, message: NO_PERMISSION },
    // Cost Explorer's throttling error (the SDK retries it as a throttle).
    LimitExceededException: {
      status: 400,
      message: 'You made too many calls in a short period of time. Try again later.',
    },
    InternalFailure: { status: 500, message: 'An internal error occurred' },
    ServiceUnavailable: { status: 503, message: 'Service unavailable' },
    ValidationException: { status: 400, message: 'Validation error' },
    DataUnavailableException: { status: 400, message: 'The requested data is unavailable.' },
    BillExpirationException: {
      status: 400,
      message: 'The requested report expired. Update the date interval and try again.',
    },
    InvalidNextTokenException: {
      status: 400,
      message: 'The pagination token is invalid. Try again without a pagination token.',
    },
    RequestChangedException: {
      status: 400,
      message:
        'Your request parameters changed between pages. Try again with the old parameters or without a pagination token.',
    },
    SerializationException: { status: 400, message: 'Malformed JSON' },
    UnknownOperationException: { status: 400, message: 'Unknown operation' },
  },
};

export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    /** Extra JSON error members, e.g. InvalidInputException's Reason. */
    readonly extra: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** An error of `service` with AWS's status for `code` (400 for codes not in the table). */
export function awsError(
  service: Service,
  code: string,
  message?: string,
  extra?: Record<string, string>,
): AwsError {
  const known = KNOWN[service][code];
  return new AwsError(code, message ?? known?.message ?? code, known?.status ?? 400, extra);
}

const THROTTLE: Record<Service, string> = {
  ec2: 'RequestLimitExceeded',
  sts: 'Throttling',
  organizations: 'TooManyRequestsException',
  globalaccelerator: 'ThrottlingException',
  ce: 'LimitExceededException',
};

const SERVER_ERROR: Record<Service, [string, string]> = {
  ec2: ['InternalError', 'Unavailable'],
  sts: ['InternalFailure', 'ServiceUnavailable'],
  organizations: ['ServiceException', 'ServiceException'],
  globalaccelerator: ['InternalServiceErrorException', 'InternalServiceErrorException'],
  ce: ['InternalFailure', 'ServiceUnavailable'],
};

const THROTTLE_CODES = new Set(Object.values(THROTTLE));

export function isThrottleCode(code: string): boolean {
  return THROTTLE_CODES.has(code);
}

/** How each service refuses a request without a usable credential. */
export function authErrorFor(
  service: Service,
  problem: 'anonymous' | 'invalid' | 'expired',
): AwsError {
  const codes: Record<typeof problem, Record<Service, string>> = {
    anonymous: {
      ec2: 'AuthFailure',
      sts: 'MissingAuthenticationToken',
      organizations: 'MissingAuthenticationTokenException',
      globalaccelerator: 'MissingAuthenticationTokenException',
      ce: 'MissingAuthenticationTokenException',
    },
    invalid: {
      ec2: 'AuthFailure',
      sts: 'InvalidClientTokenId',
      organizations: 'UnrecognizedClientException',
      globalaccelerator: 'UnrecognizedClientException',
      ce: 'UnrecognizedClientException',
    },
    expired: {
      ec2: 'RequestExpired',
      sts: 'ExpiredToken',
      organizations: 'ExpiredTokenException',
      globalaccelerator: 'ExpiredTokenException',
      ce: 'ExpiredTokenException',
    },
  };
  return awsError(service, codes[problem][service]);
}

export type InjectedFault =
  | { kind: 'fail'; code: string; message?: string }
  | { kind: 'throttle' }
  /** `variant` picks between the service's two server errors (e.g. EC2 500 or 503). */
  | { kind: 'serverError'; variant: 0 | 1 }
  /** `policy`: an explicit deny, named in the message as AWS names it; else a bare refusal. */
  | { kind: 'deny'; policy?: ExplicitDenyPolicy };

/** `a service control policy`, `an identity-based policy`: the words of AWS's message. */
const withArticle = (policy: ExplicitDenyPolicy) =>
  `${/^[aeiou]/.test(policy) ? 'an' : 'a'} ${policy}`;

/**
 * A call refused by an explicit deny, as AWS words it: `User: ARN is not authorized to perform:
 * ec2:DescribeSubnets with an explicit deny in a service control policy`. EC2 answers it as
 * UnauthorizedOperation, after its own sentence and before an encoded authorization failure
 * message; STS as AccessDenied; the JSON services as AccessDeniedException.
 */
export function explicitDenyError(
  service: Service,
  policy: ExplicitDenyPolicy,
  callerArn: string,
  action: string,
  resource?: string,
): AwsError {
  const on = resource === undefined ? '' : ` on resource: ${resource}`;
  const clause = `User: ${callerArn} is not authorized to perform: ${service}:${action}${on} with an explicit deny in ${withArticle(policy)}`;
  switch (service) {
    case 'ec2': {
      // Opaque to everyone but sts:DecodeAuthorizationMessage; deterministic here.
      const encoded = createHash('sha256').update(clause).digest('base64url').repeat(3);
      return awsError(
        'ec2',
        'UnauthorizedOperation',
        `You are not authorized to perform this operation. ${clause}. Encoded authorization failure message: ${encoded}`,
      );
    }
    case 'sts':
      return awsError('sts', 'AccessDenied', clause);
    default:
      return awsError(service, 'AccessDeniedException', clause);
  }
}

/** The error an injected fault answers with, in the service's own terms. */
export function faultErrorFor(
  service: Service,
  fault: InjectedFault,
  callerArn: string,
  action: string,
): AwsError {
  switch (fault.kind) {
    case 'fail':
      return awsError(service, fault.code, fault.message);
    case 'throttle':
      return awsError(service, THROTTLE[service]);
    case 'serverError':
      return awsError(service, SERVER_ERROR[service][fault.variant]);
    case 'deny':
      if (fault.policy !== undefined) {
        return explicitDenyError(service, fault.policy, callerArn, action);
      }
      if (service === 'ec2') return awsError('ec2', 'UnauthorizedOperation');
      if (service === 'sts') {
        return awsError(
          'sts',
          'AccessDenied',
          `User: ${callerArn} is not authorized to perform: sts:${action}`,
        );
      }
      if (service === 'ce') {
        return awsError(
          'ce',
          'AccessDeniedException',
          `User: ${callerArn} is not authorized to perform: ce:${action}`,
        );
      }
      return awsError(service, 'AccessDeniedException');
  }
}

/** Any error as the service would answer it; a stand-in bug becomes its internal error. */
export function asAwsError(service: Service, e: unknown): AwsError {
  if (e instanceof AwsError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return awsError(service, SERVER_ERROR[service][0], `stand-in failure: ${message}`);
}
