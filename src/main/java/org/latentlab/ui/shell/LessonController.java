package org.latentlab.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.latentlab.errors.Sentences;
import org.latentlab.lesson.LessonFigure;
import org.latentlab.lesson.LessonFigures;
import org.latentlab.lesson.Measured;
import org.latentlab.lesson.RunEvidence;
import org.latentlab.persistence.Lesson;
import org.latentlab.persistence.LessonLibrary;
import org.latentlab.ui.common.FxResults;
import org.latentlab.ui.training.RunState;
import org.latentlab.ui.training.TrainingViewModel;

/**
 * Lesson mode for a lecture: a sequence of lessons (the course's, or an instructor's folder), shown
 * one at a time with Page Down / Page Up (what a clicker sends) or the menu. Each lesson is applied as
 * its preset is, hides the controls it names until the next lesson shows them again, and writes its
 * measured figure into the note once the data (or the run) can show it. A lesson naming a control or
 * figure that does not exist is refused with one sentence and nothing changes.
 */
public final class LessonController {
    private final MainWindow window;
    private final TrainingViewModel run;
    private final Executor lane;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final List<Node> hidden = new ArrayList<>();
    private List<Lesson> sequence = List.of();
    private Lesson waitingForRun;
    private boolean sawRunning;
    private long shownCount;

    LessonController(MainWindow window, TrainingViewModel run, Executor lane) {
        this.window = window;
        this.run = run;
        this.lane = lane;
        window.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (sequence.isEmpty()) {
                return;
            }
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                next();
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_UP) {
                previous();
                e.consume();
            }
        });
        run.stateProperty().addListener((obs, old, state) -> runStateChanged(state));
    }

    /** The lesson on show in the sequence, or −1 outside lesson mode. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** The sequence of lesson mode (empty outside it). */
    public List<Lesson> sequence() {
        return sequence;
    }

    /** Starts lesson mode on the course's own sequence. */
    public void startCourse() {
        start(LessonLibrary.builtIn());
    }

    /** Starts lesson mode on an instructor's folder of lesson files; a bad folder or file gets one sentence. */
    public void startFolder(Path folder) {
        List<Lesson> lessons;
        try {
            lessons = LessonLibrary.folder(folder);
        } catch (java.io.IOException | RuntimeException e) {
            run.refuse(Sentences.of(e));
            return;
        }
        start(lessons);
    }

    /** Starts lesson mode on {@code lessons}, showing the first. */
    public void start(List<Lesson> lessons) {
        if (lessons.isEmpty()) {
            return;
        }
        List<Lesson> before = sequence;
        sequence = List.copyOf(lessons);
        if (!show(0)) {
            sequence = before;
        }
    }

    /** The next lesson; at the last, nothing. */
    public void next() {
        if (index.get() + 1 < sequence.size()) {
            show(index.get() + 1);
        }
    }

    /** The lesson before; at the first, nothing. */
    public void previous() {
        if (index.get() > 0) {
            show(index.get() - 1);
        }
    }

    /** Leaves lesson mode: every hidden control shows again. */
    public void stop() {
        showHidden();
        sequence = List.of();
        index.set(-1);
        waitingForRun = null;
    }

    /** Shows lesson {@code i}; false (with one sentence, nothing changed) when it names what does not exist or cannot apply now. */
    boolean show(int i) {
        Lesson lesson = sequence.get(i);
        String problem = problem(lesson);
        if (problem != null) {
            run.refuse(problem);
            return false;
        }
        if (!run.idle()) {
            run.refuse("Stop the run before showing another lesson.");
            return false;
        }
        showHidden();
        CompletableFuture<Void> applied = window.presets().apply(lesson.preset());
        if (applied.isCompletedExceptionally()) {
            return false;
        }
        for (String name : lesson.hide()) {
            Node n = window.lookup("#" + name);
            n.setVisible(false);
            n.setManaged(false);
            hidden.add(n);
        }
        index.set(i);
        long shown = ++shownCount;
        waitingForRun = null;
        String title = (i + 1) + "/" + sequence.size() + " · " + lesson.title();
        window.showNote(title, note(lesson, null));
        LessonFigure figure = lesson.figure() == null ? null : LessonFigures.find(lesson.figure()).orElseThrow();
        if (figure != null && figure.needsRun()) {
            waitingForRun = lesson;
            sawRunning = !run.idle();
        } else if (figure != null) {
            applied.thenRun(() -> javafx.application.Platform.runLater(() -> measureData(lesson, figure, title, shown)));
        }
        return true;
    }

    /** The sentence refusing a lesson that names a control or figure this window does not have, or null. */
    private String problem(Lesson lesson) {
        for (String name : lesson.hide()) {
            if (!name.matches("[A-Za-z0-9_-]+") || window.lookup("#" + name) == null) {
                return "The lesson “" + lesson.title() + "” hides a control called " + name + ", which this window does not have.";
            }
        }
        if (lesson.figure() != null && LessonFigures.find(lesson.figure()).isEmpty()) {
            return "The lesson “" + lesson.title() + "” asks for a figure called " + lesson.figure() + ", which does not exist (use one of "
                    + String.join(", ", LessonFigures.ids()) + ").";
        }
        if (ViewRegistry.find(window.views(), lesson.preset().view()).isEmpty()) {
            return "The lesson “" + lesson.title() + "” asks for a view called " + lesson.preset().view() + ", which does not exist.";
        }
        return null;
    }

    private String note(Lesson lesson, Measured measured) {
        StringBuilder b = new StringBuilder(lesson.preset().description());
        if (measured != null) {
            b.append("\n\n").append(measured.shown() ? "Measured on this run: " : "Not shown on this run: ").append(measured.figure());
        }
        if (lesson.expect() != null) {
            b.append("\n\nWhat to expect: ").append(lesson.expect());
        }
        b.append(index.get() + 1 < sequence.size() ? "\n\nPage Down: the next lesson." : "\n\nThe last lesson of the sequence.");
        return b.toString();
    }

    /** The note written again with the figure, if the lesson is still the one on show. */
    private void showFigure(Lesson lesson, String title, long shown, Measured m) {
        if (shown == shownCount) {
            window.showNote(title, note(lesson, m));
        }
    }

    /** A figure of the data alone, once the lesson's data set is read. */
    private void measureData(Lesson lesson, LessonFigure figure, String title, long shown) {
        var info = run.shown().runProperty().get();
        if (info == null) {
            // No model on show yet: the split comes from the data set the form now names.
            return;
        }
        RunEvidence evidence = RunEvidence.ofData(info.split());
        FxResults.deliver(CompletableFuture.supplyAsync(() -> figure.measure(evidence), lane), m -> showFigure(lesson, title, shown, m),
                sentence -> run.refuse(sentence));
    }

    private void runStateChanged(RunState state) {
        if (waitingForRun == null) {
            return;
        }
        if (state != RunState.IDLE) {
            sawRunning = true;
            return;
        }
        if (!sawRunning) {
            return;
        }
        // The run's final figures are handed to the model on show just after it goes idle.
        javafx.application.Platform.runLater(this::measureRun);
    }

    private void measureRun() {
        Lesson lesson = waitingForRun;
        if (lesson == null) {
            return;
        }
        long shown = shownCount;
        String title = (index.get() + 1) + "/" + sequence.size() + " · " + lesson.title();
        var info = run.shown().runProperty().get();
        var saved = run.shown().currentModel();
        if (info == null || saved == null) {
            return;
        }
        RunEvidence evidence = new RunEvidence(info.split(), saved.checkpoint().spec(), saved.weights(), saved.checkpoint().seed(),
                saved.checkpoint().metrics());
        LessonFigure figure = LessonFigures.find(lesson.figure()).orElseThrow();
        FxResults.deliver(CompletableFuture.supplyAsync(() -> figure.measure(evidence), lane), m -> showFigure(lesson, title, shown, m),
                sentence -> run.refuse(sentence));
    }

    private void showHidden() {
        for (Node n : hidden) {
            n.setVisible(true);
            n.setManaged(true);
        }
        hidden.clear();
    }

    /** The note on show, for tests: empty when none. */
    String noteText() {
        return window.noteText();
    }
}
