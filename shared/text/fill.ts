/**
 * Fills `{name}` placeholders. An unknown name is left visible as `{name}`
 * so a typo in a template shows up in the output instead of vanishing.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
