/** An answer as stored with an assessment (after `validateAnswers`), keyed by question id. */
export type AnswerValue = number | boolean | string | string[];

export type Answer = { status: 'answered'; value: AnswerValue } | { status: 'dont-know' } | { status: 'not-applicable' };

export type AnswerStatus = Answer['status'];

export type Answers = Record<string, Answer>;

/** An answer as it arrives from a form or an offline device: the version it was given for, and an unchecked value. */
export type AnswerInput = { methodologyId: string; questionId: string; status: AnswerStatus; value?: unknown };
