// Every report.json a test makes the tool write is checked against schema/report.schema.json as
// it is read back (cliRunner, runAction, reportJson), so no test passes on a report the schema
// would refuse. Strict: unknown members fail here, though a baseline reader would drop them.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import schema from '../schema/report.schema.json' with { type: 'json' };

let validate: ValidateFunction | undefined;

/** Throws, naming what is wrong, when `text` is not a report.json the schema accepts. */
export function checkReportJson(text: string, where: string): void {
  validate ??= new Ajv2020({ strict: true, allErrors: true }).compile(schema);
  if (!validate(JSON.parse(text))) {
    throw new Error(
      `${where} does not match the report schema: ${JSON.stringify(validate.errors)}`,
    );
  }
}
