// The stylesheet's linter (`make lint`): mistakes stylelint can see (unknown properties, units and
// at-rules, duplicate properties, empty blocks), and one rule per selector across the layers
// (scripts/lint/one-rule-per-selector.mjs).
export default {
  plugins: ['./scripts/lint/one-rule-per-selector.mjs'],
  rules: {
    'ashiatsu/one-rule-per-selector': true,
    'no-duplicate-selectors': true,
    'declaration-block-no-duplicate-properties': true,
    'declaration-block-no-shorthand-property-overrides': true,
    'block-no-empty': true,
    'color-no-invalid-hex': true,
    'property-no-unknown': true,
    'unit-no-unknown': true,
    'selector-pseudo-class-no-unknown': true,
    'selector-pseudo-element-no-unknown': true,
    'at-rule-no-unknown': true,
    'function-calc-no-unspaced-operator': true,
    'custom-property-no-missing-var-function': true,
    'no-invalid-double-slash-comments': true,
    'no-invalid-position-at-import-rule': true,
    'string-no-newline': true,
  },
};
