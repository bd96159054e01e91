// Lengths as the engine writes them: to a tenth (of a px in a drawing, of a pt in a PDF's
// layout), so drawn SVG stays short and stable from run to run, and a message says
// "3.2 pt", not "3.1999999 pt".

/** 12.345 → 12.3 */
export const round = (n: number) => Math.round(n * 10) / 10
