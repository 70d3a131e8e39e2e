/** The chart's text font, shared by the SVG and the measurer so that what is measured is what is drawn. */
export { FONT_FAMILY as CHART_FONT_FAMILY } from '../../domain/designTokens';
