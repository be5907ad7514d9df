import { z } from 'zod';
import { RuleInputSchema } from '../domain/rules/rule';
import type { CategoryView, JobView, RulePreview, RuleView, SuggestionView, TransactionPage } from './views';

/** Categories, rules and categorization: the schemas of these areas of the API. */
const categoryName = z.string().trim().min(1).max(120);
const id = z.number().int().positive();
const ids = z.array(id).min(1).max(100_000);

export const CATEGORIZATION_SCHEMAS = {
  'categories.list': z.object({ includeArchived: z.boolean().optional() }).strict(),
  'categories.add': z.object({ name: categoryName, kind: z.enum(['income', 'expense']), parent: categoryName.optional() }).strict(),
  'categories.rename': z.object({ id, name: categoryName }).strict(),
  /** Moves every row of `from` into `into` and archives `from`. Undoable. */
  'categories.merge': z.object({ from: id, into: id }).strict(),
  'categories.archive': z.object({ id, archived: z.boolean().default(true) }).strict(),

  'rules.list': z.object({}).strict(),
  'rules.add': RuleInputSchema.extend({ position: z.number().int().min(1).optional() }),
  'rules.delete': z.object({ id }).strict(),
  /** How many existing rows a rule would change, before it is saved. */
  'rules.preview': z.object({ rule: RuleInputSchema }).strict(),
  /** Applies one rule (or all, in order) to existing rows a user has not categorized. Undoable. */
  'rules.apply': z.object({ id: id.optional() }).strict(),

  /** The user's correction: these rows belong to `category`. Feeds memory and training. Undoable. */
  'categorization.categorize': z.object({ ids, category: categoryName }).strict(),
  /** The user accepts each row's top suggestion. */
  'categorization.accept': z.object({ ids }).strict(),
  'categorization.suggest': z.object({
    description: z.string().max(500), payee: z.string().max(200).default(''),
    amountMinor: z.number().int(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), account: z.string().max(120).optional(),
  }).strict(),
  'categorization.review': z.object({ limit: z.number().int().min(1).max(1000).default(100), offset: z.number().int().min(0).default(0) }).strict(),
  /** Starts a `train` job; the new model replaces the active one only if it wins on held-out history. */
  'categorization.train': z.object({}).strict(),
  'categorization.status': z.object({}).strict(),
} as const;

export interface CategorizationOutputs {
  'categories.list': CategoryView[];
  'categories.add': CategoryView;
  'categories.rename': CategoryView;
  'categories.merge': { moved: number; into: CategoryView };
  'categories.archive': CategoryView;
  'rules.list': RuleView[];
  'rules.add': RuleView;
  'rules.delete': { id: number };
  'rules.preview': RulePreview;
  'rules.apply': { changed: number };
  'categorization.categorize': { changed: number; memory: string[] };
  'categorization.accept': { changed: number; memory: string[] };
  'categorization.suggest': SuggestionView[];
  'categorization.review': TransactionPage;
  'categorization.train': JobView;
  'categorization.status': {
    activeModel: { id: number; trainedOn: number; createdAt: string; metrics: Record<string, unknown> } | null;
    models: { id: number; active: boolean; trainedOn: number; createdAt: string; metrics: Record<string, unknown> }[];
    feedbackSinceTraining: number;
    autoApplyThreshold: number | null;
    ruleOffers: { merchant: string; category: string; corrections: number }[];
  };
}
