import type { MinistryScore } from './web-queries.repository';
import { slugOf } from './view-format';

export interface ChartBar {
  label: string;
  x: number;
  width: number;
  color: string;
  value: number;
}

export interface MinistryChartRow {
  ministry: string;
  slug: string;
  bars: ChartBar[];
  summary: string;
  medianDaysLate: number | null;
}

export const CHART_WIDTH = 600;
// Colours with at least 4.5:1 contrast against white, also told apart by the legend and text.
const COLORS = { open: '#4f6b8a', overdue: '#a4261b', pastDefault: '#8a5a00', fulfilled: '#2f6e0a' };

/**
 * Stacked bars per ministry (open on time, overdue, past the default term, kept), scaled to the largest
 * ministry. A default term that passed is no broken promise: its own bar, not "over tijd". Pure data for an SVG template.
 */
export function ministryChart(scores: MinistryScore[]): MinistryChartRow[] {
  const max = Math.max(1, ...scores.map((s) => s.open + s.fulfilled));
  const scale = (n: number) => Math.round((n / max) * CHART_WIDTH * 10) / 10;
  return scores.map((s) => {
    const parts = [
      { label: 'openstaand, op tijd', value: s.open - s.overdue - s.pastDefaultTerm, color: COLORS.open },
      { label: 'over tijd', value: s.overdue, color: COLORS.overdue },
      { label: 'geen termijn genoemd, standaardtermijn verstreken', value: s.pastDefaultTerm, color: COLORS.pastDefault },
      { label: 'nagekomen', value: s.fulfilled, color: COLORS.fulfilled },
    ];
    let x = 0;
    const bars = parts.map((p) => {
      const bar = { ...p, x, width: scale(p.value) };
      x += bar.width;
      return bar;
    });
    const median = s.medianDaysLate === null ? 'geen vertraging gemeten' : `mediane vertraging ${s.medianDaysLate === 1 ? '1 dag' : `${s.medianDaysLate} dagen`}`;
    return {
      ministry: s.ministry,
      slug: slugOf(s.ministry),
      bars,
      medianDaysLate: s.medianDaysLate,
      summary: `${s.ministry}: ${s.open - s.overdue - s.pastDefaultTerm} openstaand op tijd, ${s.overdue} over tijd, ${s.pastDefaultTerm} zonder genoemde termijn verstreken, ${s.fulfilled} nagekomen; ${median}`,
    };
  });
}

export const CHART_LEGEND = [
  { label: 'Openstaand, op tijd', color: COLORS.open },
  { label: 'Over tijd', color: COLORS.overdue },
  { label: 'Geen termijn genoemd, standaardtermijn verstreken', color: COLORS.pastDefault },
  { label: 'Nagekomen', color: COLORS.fulfilled },
];
