package org.latentlab.ui.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.ui.common.AxisTicks;
import org.latentlab.ui.common.CanvasType;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The decoded lattice's tick labels never overlap, along either axis, over the scatter's view or the prior's quantiles. */
@ExtendWith(ApplicationExtension.class)
class LatticeTicksTest {
    /** The lattice's side at 1280×820 (a side-by-side panel, the explore view) and wider, in pixels. */
    private static final double[] SIDES = {90, 120, 150, 180, 240, 330, 480, 900};

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
    }

    @Test
    void roundTicksOverTheScattersViewDoNotOverlapForAnyExtentAtAnyPanelWidth(FxRobot robot) {
        double[] spans = {0.0007, 0.003, 0.0123, 0.05, 0.37, 1.7, 9, 47, 130, 2500, 61_000, 3.3e6};
        double[] offsets = {0, -0.5, -1.1, -12.3, 7.7};
        List<String> overlaps = new ArrayList<>();
        for (Font font : new Font[] {CanvasType.font(1), CanvasType.font(CanvasType.PRESENTER_SCALE)}) {
            robot.interact(() -> {
                for (double side : SIDES) {
                    for (double span : spans) {
                        for (double offset : offsets) {
                            double min = offset * span;
                            double max = min + span;
                            AxisTicks x = LatticeTicks.roundX(min, max, side - 1, font);
                            check("x", side, min, max, x, font, true, overlaps);
                            AxisTicks y = LatticeTicks.roundY(min, max, side - 1, font);
                            check("y", side, min, max, y, font, false, overlaps);
                        }
                    }
                }
            });
        }
        assertThat(overlaps).isEmpty();
    }

    @Test
    void ticksOverThePriorsQuantilesDoNotOverlapForAnyTileCountAtAnyPanelWidth(FxRobot robot) {
        List<String> overlaps = new ArrayList<>();
        Font font = CanvasType.font(1);
        robot.interact(() -> {
            for (double side : SIDES) {
                for (int n = 5; n <= 30; n++) {
                    Lattice l = Lattice.gaussianQuantiles(n);
                    AxisTicks x = LatticeTicks.tilesX(l.xs(), side, font);
                    AxisTicks y = LatticeTicks.tilesY(l.ys(), side, font);
                    for (AxisTicks t : new AxisTicks[] {x, y}) {
                        String axis = t == x ? "x" : "y";
                        double lastEnd = Double.NEGATIVE_INFINITY;
                        for (int i = 0; i < t.values().length; i++) {
                            int tile = indexOf(t == x ? l.xs() : l.ys(), t.values()[i]);
                            double centre = (tile + 0.5) * side / n;
                            assertThat(t.labels()[i]).isEqualTo(String.format("%.2f", t.values()[i]));
                            double half = size(t.labels()[i], font, t == x) / 2;
                            if (centre - half < lastEnd + 4) {
                                overlaps.add(String.format("%s, side %.0f, %d tiles: %s", axis, side, n, String.join(" ", t.labels())));
                                break;
                            }
                            lastEnd = centre + half;
                        }
                        if (t.values().length < 2 && side >= 120) {
                            overlaps.add(String.format("%s, side %.0f, %d tiles: only %s", axis, side, n, String.join(" ", t.labels())));
                        }
                    }
                }
            }
        });
        assertThat(overlaps).isEmpty();
    }

    /** Positions recomputed from the values, sizes measured again in the plot's font. */
    private static void check(String axis, double side, double min, double max, AxisTicks t, Font font, boolean across, List<String> overlaps) {
        // Two labels as wide as -0.0007 need more than 120 pixels between them; the scatter beside asks the same from 180.
        if (t.values().length < 2 && side >= (across ? 180 : 120)) {
            overlaps.add(String.format("%s, side %.0f, [%g, %g]: only %d tick", axis, side, min, max, t.values().length));
        }
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < t.values().length; i++) {
            double centre = (t.values()[i] - min) / (max - min) * (side - 1);
            double half = size(t.labels()[i], font, across) / 2;
            if (centre - half < lastEnd + 4) {
                overlaps.add(String.format("%s, side %.0f, [%g, %g]: %s", axis, side, min, max, String.join(" ", t.labels())));
                return;
            }
            lastEnd = centre + half;
        }
    }

    private static double size(String label, Font font, boolean across) {
        Text measure = new Text(label);
        measure.setFont(font);
        return across ? measure.getLayoutBounds().getWidth() : measure.getLayoutBounds().getHeight();
    }

    private static int indexOf(double[] codes, double v) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] == v) {
                return i;
            }
        }
        throw new AssertionError("not a tile's code: " + v);
    }
}
