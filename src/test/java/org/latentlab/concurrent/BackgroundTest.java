package org.latentlab.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundTest {
    @Test
    void aLaneRunsItsTasksOneAtATimeInOrderOnALatentLabThread() throws Exception {
        Background background = Background.threaded();
        Executor lane = background.lane("test");
        List<Integer> order = new CopyOnWriteArrayList<>();
        List<String> names = new CopyOnWriteArrayList<>();
        int[] running = {0};
        int[] most = {0};
        CountDownLatch done = new CountDownLatch(50);
        for (int i = 0; i < 50; i++) {
            int n = i;
            lane.execute(() -> {
                synchronized (running) {
                    most[0] = Math.max(most[0], ++running[0]);
                }
                order.add(n);
                names.add(Thread.currentThread().getName());
                synchronized (running) {
                    running[0]--;
                }
                done.countDown();
            });
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).isSorted().hasSize(50);
        assertThat(most[0]).isEqualTo(1);
        assertThat(names).allMatch(n -> n.equals("latentlab-test"));
        background.close();
    }

    @Test
    void closingFinishesTheTasksGivenStopsEveryThreadAndRefusesNewWork() throws Exception {
        java.util.Set<Thread> before = ours();
        Background background = Background.threaded();
        List<String> ran = new CopyOnWriteArrayList<>();
        Executor lane = background.lane("slow");
        lane.execute(() -> sleep(200));
        lane.execute(() -> ran.add("clean-up"));
        Thread own = background.newThread("own", () -> sleep(100));
        own.start();
        background.close();
        assertThat(ran).containsExactly("clean-up");
        assertThat(own.isAlive()).isFalse();
        assertThat(own.getName()).isEqualTo("latentlab-own");
        java.util.Set<Thread> left = ours();
        left.removeAll(before);
        assertThat(left).isEmpty();
        assertThatThrownBy(() -> lane.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
        assertThat(background.open()).isFalse();
    }

    @Test
    void theSynchronousOneRunsEverythingOnTheCallersThreadBeforeReturning() {
        Background background = Background.synchronous();
        List<String> threads = new CopyOnWriteArrayList<>();
        background.lane("any").execute(() -> threads.add(Thread.currentThread().getName()));
        background.newThread("own", () -> threads.add(Thread.currentThread().getName())).start();
        assertThat(threads).containsExactly(Thread.currentThread().getName(), Thread.currentThread().getName());
    }

    private static java.util.Set<Thread> ours() {
        java.util.Set<Thread> threads = new java.util.HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && t.getName().startsWith(Background.THREAD_PREFIX)) {
                threads.add(t);
            }
        }
        return threads;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
