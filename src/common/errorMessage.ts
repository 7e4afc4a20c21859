// What a thrown value says, for a message to a person: the message of an Error, else its text.
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
