import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and leaves plain fields alone', () => {
    expect(toCsv(['id', 'text'], [['ic-1', 'Lantia, "Mapa"\nline']])).toBe(
      'id,text\r\nic-1,"Lantia, ""Mapa""\nline"\r\n',
    );
    expect(toCsv(['n'], [[3], [null]])).toBe('n\r\n3\r\n\r\n');
  });
  it('defuses values a spreadsheet would run as formulas', () => {
    expect(toCsv(['x'], [['=HYPERLINK("http://x")']])).toBe('x\r\n"\'=HYPERLINK(""http://x"")"\r\n');
    expect(toCsv(['x'], [[-5]])).toBe('x\r\n-5\r\n');
  });
});
