// What a command throws, and the exit codes they become (cli/main.js turns them into a message and a code). Here,
// not in cli/main.js, so that the commands need not import the program that imports them.

export const EXIT = { ok: 0, invalid: 1, usage: 2 };

/** A problem with how the command was called (exit code 2). */
export class UsageError extends Error {}

/** A problem with the input (exit code 1); the message has already been printed when `reported`. */
export class InputError extends Error {}
