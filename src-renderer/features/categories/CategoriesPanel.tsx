import { Alert } from '../../components/Alert';
import { plural } from '../../components/format';
import { useFlash } from '../../components/use-flash';
import { AddCategoryForm } from './AddCategoryForm';
import { groupCategories } from './category-groups';
import { CategoryItem } from './CategoryItem';
import { useCategories } from './use-categories';
import './categories.css';

/** The chart's categories grouped by parent: add, rename, merge, archive and restore. */
export function CategoriesPanel() {
  const categories = useCategories(true);
  const [flash, showFlash] = useFlash(15_000);
  const [problem, showProblem] = useFlash(15_000);
  const all = categories.data ?? [];
  const { groups, archived } = groupCategories(all);
  const done = (text: string, error?: boolean) => {
    if (error) showProblem(text);
    else { showProblem(null); showFlash(text); }
  };
  return (
    <section className="panel" aria-labelledby="categories-title">
      <div className="panel__head">
        <h2 id="categories-title">Categories</h2>
        {categories.data && <span className="panel__meta">{plural(all.length - archived.length, 'category', 'categories')}</span>}
      </div>
      <AddCategoryForm categories={all} onAdded={showFlash} />
      <p className="flash" role="status">{flash ?? ''}</p>
      {problem && <Alert title="That did not work">{problem}</Alert>}
      {categories.error && <Alert title="Could not load the categories">{categories.error}</Alert>}
      <ul className="cat-groups" aria-label="Categories by group">
        {groups.map((g) => (
          <li key={g.head.id} className="cat-group">
            <CategoryItem category={g.head} all={all} onDone={done} />
            {g.children.length > 0 && (
              <ul className="cat-children" aria-label={`Under ${g.head.name}`}>
                {g.children.map((c) => <li key={c.id}><CategoryItem category={c} all={all} onDone={done} /></li>)}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {archived.length > 0 && (
        <details className="cat-archived">
          <summary>Archived ({archived.length})</summary>
          <ul className="cat-children">
            {archived.map((c) => <li key={c.id}><CategoryItem category={c} all={all} onDone={done} /></li>)}
          </ul>
        </details>
      )}
    </section>
  );
}
