/**
 * Decimal comma or decimal point, decided from every cell of the money columns together.
 * "1.234,56" and "12,50" vote for comma; "1,234.56" and "12.50" for point; "1,234" or "1.234"
 * alone cannot tell. Counting is two lastIndexOf calls per cell, cheap enough for the whole file.
 */
export class DecimalEvidence {
  comma = 0;
  point = 0;

  add(text: string): void {
    // Fast path for the common "123.45" / "-7,50": a separator before two final digits.
    const n = text.length;
    if (n >= 4 && isDigit(text.charCodeAt(n - 1)) && isDigit(text.charCodeAt(n - 2)) && isDigit(text.charCodeAt(n - 4))) {
      const sep = text.charCodeAt(n - 3);
      if (sep === 44) { this.comma++; return; }
      if (sep === 46) { this.point++; return; }
    }
    const lastComma = text.lastIndexOf(',');
    const lastPoint = text.lastIndexOf('.');
    if (lastComma === -1 && lastPoint === -1) return;
    if (lastComma !== -1 && lastPoint !== -1) {
      if (lastComma > lastPoint) this.comma++;
      else this.point++;
      return;
    }
    const sep = lastComma !== -1 ? ',' : '.';
    const at = lastComma !== -1 ? lastComma : lastPoint;
    const after = digitsAfter(text, at);
    if (after === 0) return;
    const several = text.indexOf(sep) !== at;
    if (several) {
      // "1,234,567" / "1.234.567": the repeated separator groups thousands.
      if (sep === ',') this.point++;
      else this.comma++;
    } else if (after !== 3) {
      if (sep === ',') this.comma++;
      else this.point++;
    }
  }

  decide(fallback: ',' | '.'): ',' | '.' {
    if (this.comma === this.point) return fallback;
    return this.comma > this.point ? ',' : '.';
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function digitsAfter(text: string, at: number): number {
  let n = 0;
  for (let i = at + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    n++;
  }
  return n;
}
