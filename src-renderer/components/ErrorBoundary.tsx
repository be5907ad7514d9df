import { Component, type ErrorInfo, type ReactNode } from 'react';

/** A bug in a view shows a way out instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('FinGood view crashed', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="crash" role="alert">
        <h1>Something went wrong in this window</h1>
        <p>Your books are safe: nothing was changed. Reload the window to continue.</p>
        <pre className="crash__detail">{this.state.error.message}</pre>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>Reload</button>
      </div>
    );
  }
}
