import { useRef, useState } from 'react';
import type { TransactionView } from '../../../src-shared/contract/views';
import { FIELD_LABELS, fieldText, type TextField } from './edit-values';

/**
 * A text box in place of a cell: Enter (or leaving it) saves, Escape puts the value back.
 * Keys typed here stay here: the grid's own keys (Space, arrows) must not fire while typing.
 */
export function TextCellEditor({ tx, field, onCommit, onCancel }: {
  tx: TransactionView;
  field: TextField;
  onCommit(text: string): void;
  onCancel(): void;
}) {
  const [text, setText] = useState(() => fieldText(tx, field));
  const done = useRef(false);
  const finish = (save: boolean) => {
    if (done.current) return;
    done.current = true;
    if (save) onCommit(text);
    else onCancel();
  };
  return (
    <input
      className="cell-input"
      aria-label={`${FIELD_LABELS[field]} of ${tx.payee || tx.description}`}
      placeholder={field === 'tags' ? 'tag, another tag' : undefined}
      maxLength={field === 'memo' ? 2000 : field === 'payee' ? 200 : undefined}
      value={text}
      autoFocus
      onChange={(e) => setText(e.target.value)}
      onMouseDown={(e) => e.stopPropagation()}
      onClick={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') { e.preventDefault(); finish(true); }
        else if (e.key === 'Escape') { e.preventDefault(); finish(false); }
      }}
      onBlur={() => finish(true)}
    />
  );
}
