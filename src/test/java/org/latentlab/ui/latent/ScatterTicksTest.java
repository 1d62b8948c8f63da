package org.latentlab.ui.latent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.ui.common.CanvasType;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The scatter's x tick labels never overlap, whatever the codes' extent and however narrow the plot. */
@ExtendWith(ApplicationExtension.class)
class ScatterTicksTest {
    private final ScatterPlot plot = new ScatterPlot();
    private final Pane holder = new Pane(plot);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(holder, 1280, 820));
        stage.show();
    }

    @Test
    void xTickLabelsDoNotOverlapForAnyExtentAtTheWidthsTheWindowGivesThePlot(FxRobot robot) {
        // The plot's widths at 1280×820: a side-by-side panel, the PCA vs AE view, the latent tab; and wider.
        double[] widths = {180, 240, 330, 480, 900};
        double[] spans = {0.0007, 0.003, 0.0123, 0.05, 0.37, 1.7, 9, 47, 130, 2500, 61_000, 3.3e6};
        double[] offsets = {0, -0.5, -1.1, -12.3, 7.7};
        List<String> overlaps = new ArrayList<>();
        robot.interact(() -> {
            for (double w : widths) {
                plot.resize(w, 300);
                plot.layout();
                for (double span : spans) {
                    for (double offset : offsets) {
                        double min = offset * span;
                        plot.setBounds(min, min + span, -1, 1);
                        plot.redraw();
                        check(w, span, offset, overlaps);
                    }
                }
            }
        });
        assertThat(overlaps).isEmpty();
    }

    /** Measures the labels as drawn, in the plot's own font, centred on their ticks. */
    private void check(double width, double span, double offset, List<String> overlaps) {
        var ticks = plot.xTicks();
        double pw = plot.plotWidth() - 1;
        Text measure = new Text();
        measure.setFont(CanvasType.font(1));
        double lastRight = Double.NEGATIVE_INFINITY;
        if (ticks.values().length < 2 && width >= 180) {
            overlaps.add(String.format("width %.0f, span %g at %g: only %d tick", width, span, offset, ticks.values().length));
        }
        for (int i = 0; i < ticks.values().length; i++) {
            double centre = (ticks.values()[i] - plot.minX()) / (plot.maxX() - plot.minX()) * pw;
            measure.setText(ticks.labels()[i]);
            double half = measure.getLayoutBounds().getWidth() / 2;
            if (centre - half < lastRight + 4) {
                overlaps.add(String.format("width %.0f, span %g at %g: %s", width, span, offset, String.join(" ", ticks.labels())));
                return;
            }
            lastRight = centre + half;
        }
    }
}
