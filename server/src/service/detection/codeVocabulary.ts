// The words the code detector knows: assertion and matcher names, list wrappers, lookups, comparisons.

export const ASSERTIONS = new Set([
  'equal', 'equals', 'strictEqual', 'deepEqual', 'deepStrictEqual', 'notEqual', 'notStrictEqual', 'assertEqual',
  'assertEquals', 'assertNotEqual', 'assertNotEquals', 'assertSame', 'assertNotSame', 'AreEqual', 'AreNotEqual',
  'Equal', 'NotEqual', 'Equals', 'Same', 'EqualValues', 'Equalf', 'assert_eq', 'assert_ne', 'assert_equal',
  'assert_not_equal', 'eq', 'eql', 'toBe', 'toEqual', 'toStrictEqual', 'isEqualTo', 'isNotEqualTo', 'shouldBe',
  'shouldEqual', 'shouldNotBe', 'is', 'be', 'Be', 'NotBe', 'equalTo', 'EqualTo', 'That', 'expect', 'toHaveProperty', 'assertThat',
  'assertIs', 'assertIn', 'assertNotIn', 'check', 'assert', 'require', 'ok', 'Assert', 'assertTrue', 'assertFalse',
  'IsTrue', 'True', 'False', 'should', 'isLessThan', 'isGreaterThan', 'isLessThanOrEqualTo', 'isGreaterThanOrEqualTo', 'isBetween', 'toBeGreaterThan', 'toBeGreaterThanOrEqual', 'toBeLessThan', 'toBeLessThanOrEqual', 'greaterThan', 'lessThan', 'greaterThanOrEqualTo', 'lessThanOrEqualTo', 'assertGreater', 'assertLess', 'assertGreaterEqual', 'assertLessEqual', 'Greater', 'Less', 'GreaterOrEqual', 'LessOrEqual', 'above', 'below', 'least', 'most', 'within', 'thenReturn', 'willReturn', 'andReturn', 'returns', 'toHaveBeenCalledWith',
]);

export const INFIX_ASSERTIONS = new Set(['shouldBe', 'shouldEqual', 'shouldNotBe', 'eq', 'eql', 'equal', 'be', 'should_be', 'assert_equal', 'assert_not_equal', 'assertEquals']);

export const RESPONSE_HELPER = /json|respond|reply|^send_?error|^send_?status|^write_?error|^write_?status|response$|^render_?(?:json|error)/i;

/** Calls that only wrap a list: `new Set([...])`, `Set.of(...)`, `setOf(...)`, `frozenset(...)`. */
export const WRAPPERS = new Set(['Set', 'of', 'asList', 'setOf', 'listOf', 'mutableSetOf', 'mutableListOf', 'hashSetOf', 'arrayOf',
  'intArrayOf', 'frozenset', 'set', 'tuple', 'list', 'Array', 'ImmutableSet', 'copyOf', 'from', 'HashSet', 'List', 'array']);

export const MATCHER_WRAPPERS = new Set(['is', 'anyOf', 'allOf', 'oneOf', 'isOneOf', 'either', 'or', 'equalTo', 'in', 'isIn', 'not']);

export const LOOKUP_METHODS = new Set(['includes', 'include?', 'contains', 'has', 'indexOf', 'Contains', 'contains_key', 'member?', 'in_array']);


export const COMPARISONS = new Set(['==', '===', '!=', '!==', '>=', '<=', '<', '>']);
