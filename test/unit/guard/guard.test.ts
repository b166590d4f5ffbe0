import { describe, expect, it } from 'vitest';
import { arrayOf, expectShape, GuardError, isBoolean, isInt, isString, literal, nullable, objectOf, optional, recordOf, tupleOf } from '../../../lib/guard/guard';

describe('guards', () => {
  it.each([
    ['a string in bounds', isString(1, 3), 'ab', true],
    ['an empty string under a minimum', isString(1, 3), '', false],
    ['a string over its maximum', isString(1, 3), 'abcd', false],
    ['a string failing its pattern', isString(0, Infinity, /^\d+$/), '12a', false],
    ['a number where a string goes', isString(), 1, false],
    ['an integer', isInt(), 7, true],
    ['a fraction where an integer goes', isInt(), 7.5, false],
    ['an unsafe integer', isInt(), 2 ** 53, false],
    ['NaN', isInt(), Number.NaN, false],
    ['an integer under its minimum', isInt(1), 0, false],
    ['a literal', literal('x'), 'x', true],
    ['another literal', literal('x'), 'y', false],
    ['null where nullable', nullable(isBoolean), null, true],
    ['undefined where nullable', nullable(isBoolean), undefined, false],
    ['undefined where optional', optional(isBoolean), undefined, true],
    ['an array of strings', arrayOf(isString()), ['a', 'b'], true],
    ['an array with a stray number', arrayOf(isString()), ['a', 1], false],
    ['an array over its maximum', arrayOf(isString(), 1), ['a', 'b'], false],
    ['a tuple', tupleOf(isString(), isInt()), ['a', 1], true],
    ['a tuple one item short', tupleOf(isString(), isInt()), ['a'], false],
    ['a tuple one item long', tupleOf(isString(), isInt()), ['a', 1, 2], false],
    ['an object', objectOf({ a: isString(), b: optional(isInt()) }), { a: 'x' }, true],
    ['an object with extra fields', objectOf({ a: isString() }), { a: 'x', z: 1 }, true],
    ['an object with a bad optional field', objectOf({ a: isString(), b: optional(isInt()) }), { a: 'x', b: 'y' }, false],
    ['an array where an object goes', objectOf({}), [], false],
    ['null where an object goes', objectOf({}), null, false],
    ['a record', recordOf(isString(0, 3), isString()), { ATH: 'aethir' }, true],
    ['a record with a long key', recordOf(isString(0, 3), isString()), { LONGER: 'x' }, false],
    ['a record with a bad value', recordOf(isString(0, 3), isString()), { ATH: 1 }, false],
  ])('%s', (_name, guard, value, expected) => {
    expect(guard(value)).toBe(expected);
  });

  it('expectShape returns the value or throws a GuardError naming what was checked', () => {
    expect(expectShape(isString(), 'ok', 'A name')).toBe('ok');
    expect(() => expectShape(isString(), 3, 'A name')).toThrow(GuardError);
    expect(() => expectShape(isString(), 3, 'A name')).toThrow('A name did not have the expected shape');
  });
});
