// html-validate (recommended rules, .htmlvalidate.json) reports no error on any built page.
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from './dist.ts';

describe('html-validate', () => {
  it('finds no error in the built site', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const result of report.results)
        for (const m of result.messages)
          errors.push(`${path.relative('dist', file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(errors).toEqual([]);
  });
});
