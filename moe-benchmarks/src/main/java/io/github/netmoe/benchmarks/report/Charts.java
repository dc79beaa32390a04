package io.github.netmoe.benchmarks.report;

import java.awt.BasicStroke;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Line charts for the report, drawn with XChart and encoded as PNG in memory (the caller writes the
 * bytes atomically).
 */
public final class Charts {
    private Charts() {
    }

    /**
     * A line chart: one series per entry.
     *
     * @param title chart title
     * @param xLabel x-axis label
     * @param yLabel y-axis label
     * @param series name to {x[], y[]}, in legend order
     * @param markers series names drawn as markers only (e.g. decisions), no lines
     * @param yRange the y-axis range {min, max}, or null to fit the data
     * @return the PNG bytes
     */
    public static byte[] lines(String title, String xLabel, String yLabel, Map<String, double[][]> series,
                               java.util.Set<String> markers, double[] yRange) {
        XYChart chart = new XYChartBuilder().width(1000).height(560).title(title).xAxisTitle(xLabel)
                .yAxisTitle(yLabel).build();
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        chart.getStyler().setMarkerSize(8);
        if (yRange != null) {
            chart.getStyler().setYAxisMin(yRange[0]);
            chart.getStyler().setYAxisMax(yRange[1]);
        }
        for (Map.Entry<String, double[][]> e : series.entrySet()) {
            XYSeries s = chart.addSeries(e.getKey(), e.getValue()[0], e.getValue()[1]);
            if (markers.contains(e.getKey())) {
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                s.setMarker(SeriesMarkers.DIAMOND);
            } else {
                s.setMarker(SeriesMarkers.NONE);
                s.setLineStyle(new BasicStroke(2f));
            }
        }
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode chart '" + title + "'", e);
        }
    }

    /**
     * @return an empty, insertion-ordered series map
     */
    public static Map<String, double[][]> series() {
        return new LinkedHashMap<>();
    }
}
