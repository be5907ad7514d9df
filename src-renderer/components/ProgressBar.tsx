/** A labelled progress bar; without `percent` it shows activity of unknown length. */
export function ProgressBar({ percent, label, tone = 'active' }: {
  percent: number | null;
  label: string;
  tone?: 'active' | 'success';
}) {
  const known = percent !== null;
  return (
    <div
      className={`progress progress--${tone}${known ? '' : ' progress--indeterminate'}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={known ? percent : undefined}
      aria-valuetext={known ? `${percent} %` : 'Working'}
    >
      <div className="progress__fill" style={known ? { width: `${percent}%` } : undefined} />
    </div>
  );
}
