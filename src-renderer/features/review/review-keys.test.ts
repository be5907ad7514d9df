import { describe, expect, it } from 'vitest';
import { moveIndex, reviewCommand, type ReviewKey } from './review-keys';

const press = (key: string, mods: Partial<ReviewKey> = {}): ReviewKey => ({
  key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods,
});

describe('reviewCommand', () => {
  it('moves with the arrows and with j/k', () => {
    expect(reviewCommand(press('ArrowDown'))).toEqual({ type: 'move', to: 'next' });
    expect(reviewCommand(press('j'))).toEqual({ type: 'move', to: 'next' });
    expect(reviewCommand(press('ArrowUp'))).toEqual({ type: 'move', to: 'previous' });
    expect(reviewCommand(press('k'))).toEqual({ type: 'move', to: 'previous' });
    expect(reviewCommand(press('Home'))).toEqual({ type: 'move', to: 'first' });
    expect(reviewCommand(press('End'))).toEqual({ type: 'move', to: 'last' });
  });

  it('accepts the top suggestion with Enter or a, and picks suggestions 1, 2 and 3 by number', () => {
    expect(reviewCommand(press('Enter'))).toEqual({ type: 'accept' });
    expect(reviewCommand(press('a'))).toEqual({ type: 'accept' });
    expect(reviewCommand(press('A'))).toEqual({ type: 'accept' }); // Caps Lock on
    expect(reviewCommand(press('1'))).toEqual({ type: 'pick', rank: 0 });
    expect(reviewCommand(press('2'))).toEqual({ type: 'pick', rank: 1 });
    expect(reviewCommand(press('3'))).toEqual({ type: 'pick', rank: 2 });
    expect(reviewCommand(press('4'))).toBeNull();
  });

  it('opens the picker with / or c, selects with x or Space, and accepts the selection with Shift+A', () => {
    expect(reviewCommand(press('/'))).toEqual({ type: 'search' });
    expect(reviewCommand(press('/', { shiftKey: true }))).toEqual({ type: 'search' }); // layouts where / needs Shift
    expect(reviewCommand(press('c'))).toEqual({ type: 'search' });
    expect(reviewCommand(press('x'))).toEqual({ type: 'toggle' });
    expect(reviewCommand(press(' '))).toEqual({ type: 'toggle' });
    expect(reviewCommand(press('A', { shiftKey: true }))).toEqual({ type: 'acceptSelected' });
  });

  it('leaves keys with Ctrl, Cmd or Alt alone, so Ctrl+Z stays undo', () => {
    expect(reviewCommand(press('z', { ctrlKey: true }))).toBeNull();
    expect(reviewCommand(press('a', { metaKey: true }))).toBeNull();
    expect(reviewCommand(press('Enter', { altKey: true }))).toBeNull();
    expect(reviewCommand(press('A', { shiftKey: true, ctrlKey: true }))).toBeNull();
  });

  it('ignores Shift with keys that mean something without it, and unknown keys', () => {
    expect(reviewCommand(press('Enter', { shiftKey: true }))).toBeNull();
    expect(reviewCommand(press('ArrowDown', { shiftKey: true }))).toBeNull();
    expect(reviewCommand(press('J', { shiftKey: true }))).toBeNull();
    expect(reviewCommand(press('q'))).toBeNull();
    expect(reviewCommand(press('Tab'))).toBeNull();
  });
});

describe('moveIndex', () => {
  it('moves one row and stops at both ends', () => {
    expect(moveIndex('next', 1, 3)).toBe(2);
    expect(moveIndex('next', 2, 3)).toBe(2);
    expect(moveIndex('previous', 0, 3)).toBe(0);
    expect(moveIndex('first', 2, 3)).toBe(0);
    expect(moveIndex('last', 0, 3)).toBe(2);
  });

  it('starts at the first row, keeps inside a shrunken queue, and has nowhere to go in an empty one', () => {
    expect(moveIndex('next', null, 3)).toBe(0);
    expect(moveIndex('previous', null, 3)).toBe(0);
    expect(moveIndex('previous', 9, 3)).toBe(1);
    expect(moveIndex('next', 0, 0)).toBeNull();
  });
});
