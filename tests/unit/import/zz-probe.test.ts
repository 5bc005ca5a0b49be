import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importText, printedParagraphs } from './helpers';
it('probe', () => {
  const name = process.env.F!;
  const r = importText(readFileSync(`tests/fixtures/notices/${name}.txt`, 'utf8'));
  console.log(JSON.stringify(r.layouts));
  console.log(printedParagraphs(r.notice).join('\n'));
  console.log(r.warnings.map((w) => `${w.line} ${w.message}`).join('\n'));
  console.log(JSON.stringify(r.dropped.map((d) => d.text)));
  console.log(JSON.stringify(r.notice.meta, null, 0));
});
