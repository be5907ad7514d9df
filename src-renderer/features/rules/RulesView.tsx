import { useState } from 'react';
import { useLiveQuery } from '../../api/use-live-query';
import { Alert } from '../../components/Alert';
import { useFlash } from '../../components/use-flash';
import { CategoriesPanel } from '../categories/CategoriesPanel';
import { useCategories } from '../categories/use-categories';
import { RuleForm } from './RuleForm';
import { RuleList } from './RuleList';
import './rules.css';

/** The user's rules (the first layer of categorization), a form to add one, and the categories. */
export function RulesView() {
  const rules = useLiveQuery((api) => api.call('rules.list', {}));
  const categories = useCategories();
  const [justSaved, setJustSaved] = useState<number | null>(null);
  const [flash, showFlash] = useFlash(15_000);
  return (
    <div className="view view--narrow">
      <header className="view__head">
        <h1>Rules</h1>
        <p className="view__lede">
          Rules run first, in order: the first rule that matches a row files it. FinGood’s own suggestions fill in where no rule matches.
        </p>
        <p className="flash flash--block" role="status">{flash ?? ''}</p>
      </header>
      {rules.error && <Alert title="Could not load the rules">{rules.error}</Alert>}
      {rules.data && <RuleList rules={rules.data} justSaved={justSaved} onMessage={showFlash} />}
      <RuleForm
        categories={categories.data ?? []}
        onSaved={(r) => {
          setJustSaved(r.id);
          showFlash(`Saved the rule “${r.name}”. It files new imports; to file the rows already here, press “Apply to existing rows”.`);
        }}
      />
      <CategoriesPanel />
    </div>
  );
}
