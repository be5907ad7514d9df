import { formatCount } from '../components/format';
import { useReviewCount } from '../features/review/use-review-count';
import { ROUTES, type RouteId } from './routes';

/** The views, as tabs; Review carries how many rows wait for a decision. */
export function NavTabs({ route, go }: { route: RouteId; go(r: RouteId): void }) {
  const waiting = useReviewCount();
  return (
    <nav className="tabs" aria-label="Views">
      {ROUTES.map((r) => {
        const count = r.id === 'review' && waiting ? waiting : 0;
        return (
          <a
            key={r.id}
            href={`#/${r.id}`}
            className={`tab${route === r.id ? ' tab--active' : ''}`}
            aria-current={route === r.id ? 'page' : undefined}
            onClick={(e) => { e.preventDefault(); go(r.id); }}
          >
            {r.label}
            {count > 0 && (
              <span className="tab__count">
                <span aria-hidden="true">{formatCount(count)}</span>
                <span className="visually-hidden">, {formatCount(count)} waiting</span>
              </span>
            )}
          </a>
        );
      })}
    </nav>
  );
}
