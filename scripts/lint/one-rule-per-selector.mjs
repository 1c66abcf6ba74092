// A stylelint rule of the project's own: each selector has one rule in the whole stylesheet, across
// its @layer blocks, so what a thing looks like is read in one place. Only variants are allowed a
// second rule: inside @media (print, a narrow screen, reduced motion), @supports or @container,
// and the projector profile, whose selectors start with `.profile-projector` and so differ anyway.
// (stylelint's own no-duplicate-selectors compares rules within one block only.)
import stylelint from 'stylelint';

const name = 'ashiatsu/one-rule-per-selector';
const messages = stylelint.utils.ruleMessages(name, {
  repeated: (selector, line) => `"${selector}" already has a rule at line ${line}; merge them`,
});

const VARIANT_AT_RULES = new Set(['media', 'supports', 'container', 'keyframes']);

function inVariant(rule) {
  for (let p = rule.parent; p && p.type !== 'root'; p = p.parent) {
    if (p.type === 'atrule' && VARIANT_AT_RULES.has(p.name)) return true;
  }
  return false;
}

const rule = (enabled) => (root, result) => {
  if (!enabled) return;
  const first = new Map();
  root.walkRules((r) => {
    if (inVariant(r)) return;
    const selector = r.selectors.map((s) => s.replace(/\s+/g, ' ').trim()).join(', ');
    const seen = first.get(selector);
    if (seen === undefined) {
      first.set(selector, r.source.start.line);
      return;
    }
    stylelint.utils.report({ result, ruleName: name, node: r, message: messages.repeated(selector, seen) });
  });
};
rule.ruleName = name;
rule.messages = messages;

export default stylelint.createPlugin(name, rule);
