import type { ReactNode } from 'react';

/** An error the user should read now: announced by screen readers as it appears. */
export function Alert({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div className="alert" role="alert">
      {title && <strong className="alert__title">{title}</strong>}
      <span className="alert__text">{children}</span>
    </div>
  );
}
