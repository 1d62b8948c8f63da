package org.latentlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The throttle the network view measures histograms at: a burst of requests acts on its first and its newest state. */
@ExtendWith(ApplicationExtension.class)
class PaceTest {
    @Test
    void aBurstOfRequestsActsAtOnceAndOnceMoreOnTheNewestWhenTheIntervalEnds(FxRobot robot) throws Exception {
        List<Integer> seen = new ArrayList<>();
        int[] state = {0};
        Pace[] pace = new Pace[1];
        robot.interact(() -> {
            pace[0] = new Pace(Duration.millis(300), () -> seen.add(state[0]));
            // A tiny run: its first weights, then two more well inside one interval.
            state[0] = 1;
            pace[0].request();
            state[0] = 2;
            pace[0].request();
            state[0] = 3;
            pace[0].request();
        });
        robot.interact(() -> assertThat(seen).as("the first request acts at once").containsExactly(1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !pace[0].waitingProperty().get());
        robot.interact(() -> {
            assertThat(seen).as("the burst's newest state is acted on once more, not once per request").containsExactly(1, 3);
            assertThat(pace[0].pendingProperty().get()).isFalse();
        });
    }

    @Test
    void aRequestAfterAQuietIntervalActsAtOnceAndACancelledOneNever(FxRobot robot) throws Exception {
        List<String> seen = new ArrayList<>();
        Pace[] pace = new Pace[1];
        robot.interact(() -> {
            pace[0] = new Pace(Duration.millis(200), () -> seen.add("measured"));
            pace[0].request();
            pace[0].request();
            pace[0].cancel();
        });
        Thread.sleep(500);
        robot.interact(() -> {
            assertThat(seen).as("a cancelled request does not act").hasSize(1);
            pace[0].request();
            assertThat(seen).as("after a quiet spell a request acts at once").hasSize(2);
        });
    }
}
