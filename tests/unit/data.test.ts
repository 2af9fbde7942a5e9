// The real evidence base in data/: it passes every rule, and it is complete.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Atlas } from '../../src/lib/evidence.ts';
import { loadAtlas } from '../../src/lib/read-data.ts';

let atlas: Atlas;
beforeAll(async () => {
  atlas = await loadAtlas(process.cwd());
});

describe('data/', () => {
  it('has all 54 footnotes of the InSight Crime report, numbered 1 to 54', () => {
    const numbers = atlas.sources
      .filter((s) => s.document === 'insight-crime-2023' && s.number !== undefined)
      .map((s) => s.number)
      .sort((a, b) => a! - b!);
    expect(numbers).toEqual(Array.from({ length: 54 }, (_, i) => i + 1));
  });

  it('resolves the report\'s "Ibid." footnotes to the ones they repeat', () => {
    const ibid = Object.fromEntries(
      atlas.sources.filter((s) => s.ibid !== undefined).map((s) => [String(s.number), s.ibid] as const),
    );
    expect(ibid).toEqual({ 4: 3, 14: 13, 19: 18, 22: 21, 27: 26, 31: 30, 33: 32, 50: 49, 54: 53 });
    for (const s of atlas.sources.filter((x) => x.ibid !== undefined))
      expect(s.resolvedItems.length).toBeGreaterThan(0);
  });

  it('has the Izcara-Palacios paper and its five tables as sources', () => {
    const ids = atlas.sources.filter((s) => s.document === 'izcara-palacios-2023').map((s) => s.id);
    expect(ids.sort()).toEqual(['ip-paper', 'ip-table-1', 'ip-table-2', 'ip-table-3', 'ip-table-4', 'ip-table-5']);
  });

  it("has the four corridors in the report's order", () => {
    expect(atlas.corridors.map((c) => [c.number, c.id])).toEqual([
      [1, 'tijuana-mexicali'],
      [2, 'sonoran-desert'],
      [3, 'ciudad-juarez'],
      [4, 'tamaulipas'],
    ]);
  });

  it("cites each corridor's footnotes from that corridor", () => {
    const ranges: Record<string, [number, number]> = {
      'tijuana-mexicali': [9, 19],
      'sonoran-desert': [20, 31],
      'ciudad-juarez': [32, 40],
      tamaulipas: [41, 54],
    };
    for (const [id, [from, to]] of Object.entries(ranges))
      for (let n = from; n <= to; n++) {
        const refs = atlas.sources.find((s) => s.id === `ic-${n}`)!.citedBy;
        expect(
          refs.some((r) => r.corridor === id),
          `footnote ${n} cited in ${id}`,
        ).toBe(true);
      }
  });

  it('names the actors the report names in each corridor', () => {
    const names = (id: string) =>
      atlas.corridors
        .find((c) => c.id === id)!
        .actors.map((a) => a.name.en)
        .join(' | ');
    expect(names('tijuana-mexicali')).toMatch(/Sinaloa/);
    expect(names('tijuana-mexicali')).toMatch(/CJNG|Jalisco/);
    expect(names('ciudad-juarez')).toMatch(/Aztecas/);
    expect(names('tamaulipas')).toMatch(/Northeast Cartel/);
    expect(names('tamaulipas')).toMatch(/Gulf Cartel/);
  });

  it("has the report's three findings and four opportunities", () => {
    expect(atlas.report.findings).toHaveLength(3);
    expect(atlas.report.opportunities.map((o) => o.number)).toEqual([1, 2, 3, 4]);
  });
});
