// Absent optional values are written as null in report.json, so every item of a list has the
// same keys.
export const orNull = <T>(value: T | undefined): T | null => value ?? null;
