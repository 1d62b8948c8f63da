package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latentlab.ui.MainWindowTest.waitUntil;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.model.Variant;
import org.latentlab.ui.latent.LatentPlane;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.training.TrainingViewModel;
import org.latentlab.ui.training.RunState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the views show after a run belongs to the model on show: its samples, its plane, nothing of an older model. */
@ExtendWith(ApplicationExtension.class)
class RunViewsTest {
    private org.latentlab.ui.shell.ViewModels models;
    private TrainingViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        models = org.latentlab.ui.shell.ViewModels.create(org.latentlab.concurrent.Background.threaded());
        model = models.training();
        window = new MainWindow(models);
        stage.setScene(new Scene(window, 1280, 820));
        stage.show();
    }

    @AfterEach
    void close() {
        models.close();
    }

    /** A tiny run (hidden layer of 16) of {@code epochs} epochs on the shipped digits, codes of {@code codeSize}. */
    private void trainTiny(FxRobot robot, int codeSize, int epochs) throws Exception {
        robot.interact(() -> {
            model.form().hiddenLayersProperty().set("16");
            model.form().latentSizeProperty().set(codeSize);
            model.form().epochsProperty().set(epochs);
            model.train();
        });
        waitUntil(() -> model.stateProperty().get() == RunState.IDLE && model.shown().latent().frameCountProperty().get() == epochs);
    }

    @Test
    void generateShowsSamplesOfTheModelAsTrainedNotOfItsFirstWeights(FxRobot robot) throws Exception {
        trainTiny(robot, 2, 2);
        robot.interact(() -> window.show("generate"));
        waitUntil(() -> window.generateView().shownCount() == 32 && window.generateView().drawnProperty().get());
        float[] codes = window.generateView().lastCodes();
        float[] expected = model.shown().decoder().decode("check", codes, 32).get(30, TimeUnit.SECONDS);
        assertThat(window.generateView().lastImages()).containsExactly(expected, org.assertj.core.data.Offset.offset(1e-5f));
    }

    @Test
    void choosingAnotherModelOrDataSetClearsTheOldModelsViewsWithALineSayingWhatToDo(FxRobot robot) throws Exception {
        trainTiny(robot, 2, 1);
        robot.interact(() -> window.show("filters"));
        waitUntil(() -> window.filtersView().unitCount() == 16);
        assertThat(window.curveView().pointCount()).isPositive();

        // A preset puts another variant's knobs in the sidebar: the 16-unit model's views go.
        robot.interact(() -> model.form().setKnobs(ModelSpec.defaults(Variant.OVERCOMPLETE), 1, 1));
        waitUntil(() -> window.filtersView().unitCount() == 0 && window.latentView().drawnPointCount() == 0);
        assertThat(window.curveView().pointCount()).isZero();
        assertThat(window.reconstructionsView().shownPairs()).isZero();
        assertThat(model.shown().currentModel()).isNull();
        assertThat(model.statusProperty().get()).contains("Press Train to train the variant chosen here (" + Variant.OVERCOMPLETE.title() + ")");
        assertThat(window.latentView().legendClasses()).as("no classes of the old data set").isEmpty();

        // Another data set: the digits model's scatter goes too.
        robot.interact(() -> model.form().setKnobs(ModelSpec.defaults(Variant.UNDERCOMPLETE), 1, 1));
        trainTiny(robot, 2, 1);
        robot.interact(() -> window.show("latent"));
        waitUntil(() -> window.latentView().drawnPointCount() == 2000);
        robot.interact(() -> model.form().selectDataset("fashion-10k"));
        waitUntil(() -> window.latentView().drawnPointCount() == 0);
        assertThat(model.statusProperty().get()).contains("Press Train").contains("Fashion");
    }

    @Test
    void theProjectionFollowsTheCodesWidthUntilThePersonPicksOne(FxRobot robot) throws Exception {
        robot.interact(() -> window.show("latent"));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<org.latentlab.ui.projection.ProjectionKind> kind = robot.lookup("#projection-kind").queryAs(javafx.scene.control.ChoiceBox.class);
        var latent = model.shown().latent();

        trainTiny(robot, 2, 1);
        waitUntil(() -> latent.planeProperty().get() instanceof LatentPlane.Dims);
        assertThat(kind.getValue()).as("two dimensions are shown as they are").isEqualTo(org.latentlab.ui.projection.ProjectionKind.RAW);
        assertThat(latent.planeProperty().get().xLabel()).isEqualTo("z1");

        trainTiny(robot, 8, 1);
        waitUntil(() -> latent.planeProperty().get() instanceof LatentPlane.Principal);
        assertThat(kind.getValue()).as("wider codes open on their principal plane").isEqualTo(org.latentlab.ui.projection.ProjectionKind.PCA);

        robot.interact(() -> kind.setValue(org.latentlab.ui.projection.ProjectionKind.RAW));
        trainTiny(robot, 8, 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kind.getValue()).as("a projection the person chose stays").isEqualTo(org.latentlab.ui.projection.ProjectionKind.RAW);
        assertThat(latent.planeProperty().get()).isInstanceOf(LatentPlane.Dims.class);
    }

    @Test
    void codesWiderThanTwoOpenOnTheirPrincipalPlaneWithThePickersFilled(FxRobot robot) throws Exception {
        trainTiny(robot, 8, 1);
        var latent = model.shown().latent();
        robot.interact(() -> window.show("latent"));
        waitUntil(() -> latent.planeProperty().get() instanceof LatentPlane.Principal && window.latentView().drawnProperty().get());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<org.latentlab.ui.projection.ProjectionKind> kind = robot.lookup("#projection-kind").queryAs(javafx.scene.control.ChoiceBox.class);
        ComboBox<?> x = robot.lookup("#pc-x").queryAs(ComboBox.class);
        ComboBox<?> y = robot.lookup("#pc-y").queryAs(ComboBox.class);
        assertThat(kind.getValue()).isEqualTo(org.latentlab.ui.projection.ProjectionKind.PCA);
        assertThat(textOf(x)).startsWith("PC1");
        assertThat(textOf(y)).startsWith("PC2");
        assertThat(x.getWidth()).as("the picker is not squeezed out of sight").isGreaterThan(40);

        // The lattice decodes the plane's points: the mean code plus the coordinates along the two components.
        waitUntil(() -> window.gridView().decodedTileCount() > 0 && window.gridView().drawnProperty().get());
        LatentPlane.Principal p = (LatentPlane.Principal) latent.planeProperty().get();
        float[] z = window.gridView().codeAt(window.gridView().getWidth() / 2, window.gridView().getHeight() / 2);
        assertThat(z).as("a tile under the middle of the lattice").isNotNull();
        double a = 0;
        double b = 0;
        for (int j = 0; j < 8; j++) {
            a += (z[j] - p.mean()[j]) * p.first()[j];
            b += (z[j] - p.mean()[j]) * p.second()[j];
        }
        for (int j = 0; j < 8; j++) {
            assertThat((double) z[j]).as("the tile's code lies on the principal plane").isCloseTo(p.mean()[j] + a * p.first()[j] + b * p.second()[j],
                    org.assertj.core.data.Offset.offset(1e-4));
        }

        // Raw dimensions put both axes on code dimensions; PCA again goes back to the plane.
        robot.interact(() -> kind.setValue(org.latentlab.ui.projection.ProjectionKind.RAW));
        ComboBox<?> rawY = robot.lookup("#raw-y").queryAs(ComboBox.class);
        robot.interact(() -> select(rawY, 2));
        waitUntil(() -> latent.planeProperty().get() instanceof LatentPlane.Dims && "z3".equals(latent.planeProperty().get().yLabel()));
        assertThat(textOf(robot.lookup("#raw-x").queryAs(ComboBox.class))).startsWith("z");
        robot.interact(() -> kind.setValue(org.latentlab.ui.projection.ProjectionKind.PCA));
        waitUntil(() -> latent.planeProperty().get() instanceof LatentPlane.Principal);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf(y)).startsWith("PC2");
    }

    @Test
    void aRunsHintIsGoneWhenTheNextRunStarts(FxRobot robot) throws Exception {
        // A learning rate of 0.9 learns nothing: the run says so.
        robot.interact(() -> model.form().learningRateProperty().set(0.9));
        trainTiny(robot, 2, 3);
        waitUntil(() -> window.noteText().startsWith("Not learning"));
        robot.interact(() -> {
            model.form().learningRateProperty().set(1e-3);
            model.form().epochsProperty().set(1);
            model.train();
        });
        waitUntil(() -> model.stateProperty().get() != RunState.IDLE);
        assertThat(window.noteText()).isEmpty();
        waitUntil(() -> model.stateProperty().get() == RunState.IDLE);
        assertThat(window.noteText()).isEmpty();
    }

    @Test
    void anOvercompleteCodeRefusesNoRegulariserWithTheSentence(FxRobot robot) {
        robot.interact(() -> model.form().variantProperty().set(Variant.OVERCOMPLETE));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<Object> regulariser = robot.lookup("#knob-regulariser").queryAs(ComboBox.class);
        assertThat(regulariser.getValue()).isEqualTo(ModelSpec.Regulariser.SPARSE);
        robot.interact(() -> regulariser.setValue(ModelSpec.Regulariser.NONE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.errorProperty().get()).contains("no regulariser").endsWith("NONE was not taken, it stays SPARSE.");
        assertThat(regulariser.getValue()).isEqualTo(ModelSpec.Regulariser.SPARSE);
        assertThat(model.form().spec().regulariser()).isEqualTo(ModelSpec.Regulariser.SPARSE);
    }

    @SuppressWarnings("unchecked")
    private static void select(ComboBox<?> box, int value) {
        ((ComboBox<Integer>) box).setValue(value);
    }

    @SuppressWarnings("unchecked")
    private static String textOf(ComboBox<?> box) {
        ComboBox<Integer> b = (ComboBox<Integer>) box;
        return b.getConverter().toString(b.getValue());
    }
}
