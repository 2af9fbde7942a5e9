/**
 * The comparison as a grid: one column per corridor of the data, one row per dimension. A corridor
 * without cells (added to data/ and not compared yet) keeps its column, with empty cells the page
 * says are not coded, rather than disappearing.
 */
import type { Atlas } from './evidence.ts';
import type { ComparisonCell, Corridor, Dimension } from './schema.ts';

export interface ComparisonGrid {
  columns: Corridor[];
  rows: Array<{ dimension: Dimension; cells: Array<{ corridor: Corridor; cell: ComparisonCell | undefined }> }>;
}

/**
 * @example comparisonGrid(atlas).columns.length === atlas.corridors.length // => true
 */
export function comparisonGrid(atlas: Pick<Atlas, 'corridors' | 'comparison'>): ComparisonGrid {
  const byKey = new Map(atlas.comparison.cells.map((c) => [`${c.corridor}/${c.dimension}`, c]));
  return {
    columns: atlas.corridors,
    rows: atlas.comparison.dimensions.map((dimension) => ({
      dimension,
      cells: atlas.corridors.map((corridor) => ({ corridor, cell: byKey.get(`${corridor.id}/${dimension.id}`) })),
    })),
  };
}
