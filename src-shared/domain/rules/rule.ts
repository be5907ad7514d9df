import { z } from 'zod';

/** What a user rule looks at, and what it sets. Amounts are integer minor units. */
const textField = z.enum(['payee', 'description', 'memo', 'text']);

export const RuleConditionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('contains'), field: textField, value: z.string().min(1).max(200) }).strict(),
  z.object({ kind: z.literal('startsWith'), field: textField, value: z.string().min(1).max(200) }).strict(),
  z.object({ kind: z.literal('equals'), field: textField, value: z.string().min(1).max(200) }).strict(),
  z.object({ kind: z.literal('regex'), field: textField, pattern: z.string().min(1).max(200) }).strict(),
  z.object({ kind: z.literal('amount'), min: z.number().int().optional(), max: z.number().int().optional() }).strict(),
  z.object({ kind: z.literal('sign'), sign: z.enum(['debit', 'credit']) }).strict(),
  z.object({ kind: z.literal('account'), account: z.string().min(1).max(120) }).strict(),
  z.object({ kind: z.literal('date'), from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }).strict(),
]);

export const RuleActionsSchema = z.object({
  category: z.string().min(1).max(120).optional(),
  payee: z.string().min(1).max(200).optional(),
  tags: z.array(z.string().min(1).max(40)).max(10).optional(),
}).strict().refine((a) => a.category || a.payee || a.tags?.length, 'a rule must set a category, a payee or tags');

export const RuleInputSchema = z.object({
  name: z.string().trim().min(1).max(120),
  conditions: z.array(RuleConditionSchema).min(1).max(20),
  actions: RuleActionsSchema,
}).strict();

export type RuleCondition = z.infer<typeof RuleConditionSchema>;
export type RuleActions = z.infer<typeof RuleActionsSchema>;
export type RuleInput = z.infer<typeof RuleInputSchema>;

export interface Rule extends RuleInput {
  id: number;
  position: number;
  enabled: boolean;
}

/** What a rule is matched against. */
export interface RuleSubject {
  payee: string;
  description: string;
  memo: string;
  amountMinor: number;
  account: string;
  date: string;
}

/**
 * Runs a user regex. Where user rules run (a worker), this is a sandbox with a time limit so
 * a catastrophic pattern cannot hang FinGood; it returns null when the limit was hit.
 */
export type RegexTest = (pattern: string, text: string) => boolean | null;
