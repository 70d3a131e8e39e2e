/** The chart's text font, shared by the SVG and the measurer so that what is measured is what is drawn. */
export const CHART_FONT_FAMILY = "Inter, 'DejaVu Sans', sans-serif";
