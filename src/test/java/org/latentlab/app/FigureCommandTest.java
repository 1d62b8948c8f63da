package org.latentlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.cli.Cli;
import org.latentlab.ui.Pictures;
import org.latentlab.ui.common.Theme;
import org.latentlab.ui.shell.ViewRegistry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * {@code figure} as the README runs it. The toolkit is the tests' own (started by TestFX), which the
 * command uses and leaves running.
 */
@ExtendWith(ApplicationExtension.class)
class FigureCommandTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("Latent Lab tests"), 200, 100));
    }

    /** Exit code, stdout and stderr of one command. */
    record Run(int code, String out, String err) {}

    static Run run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine cl = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        cl.addSubcommand("figure", new FigureCommand());
        // A subcommand added later writes to System.out until the streams are set again.
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    /** The README's command line that starts with {@code prefix}, without the launcher and the comment. */
    static List<String> readmeCommand(String prefix) throws Exception {
        String launcher = "java -jar target/latentlab.jar ";
        String line = Files.readAllLines(Path.of("README.md")).stream().map(String::strip)
                .filter(l -> l.startsWith(launcher + prefix)).findFirst().orElseThrow();
        String command = line.substring(launcher.length()).replaceAll("\\s+#.*$", "");
        return new ArrayList<>(Arrays.asList(command.split("\\s+")));
    }

    @Test
    void anOutThatIsAFileIsRefusedWithOneSentenceBeforeAnyTraining() throws Exception {
        Path file = dir.resolve("figures.png");
        Files.writeString(file, "a person's file");

        Run r = run(List.of("figure", "--variant", "undercomplete", "--epochs", "1", "--view", "latent", "--out", file.toString()));

        assertThat(r.code()).isNotZero();
        assertThat(r.err().strip()).isEqualTo("The figures cannot be written to " + file.toAbsolutePath() + ": it is a file, not a folder.");
        assertThat(r.out()).doesNotContain("epoch", "wrote");
        assertThat(Files.readString(file)).isEqualTo("a person's file");
    }

    @Test
    void theReadmesFigureCommandWritesAPictureOfEveryFigureViewAndExitsZero() throws Exception {
        List<String> args = readmeCommand("figure --variant vae");
        assertThat(args).doesNotContain("--view", "--views");
        Path out = dir.resolve("figures");
        args.set(args.indexOf("--out") + 1, out.toString());

        Run r = run(args);

        assertThat(r.code()).as(r.err()).isZero();
        for (String id : ViewRegistry.figureIds()) {
            Path file = out.resolve(id + ".png");
            assertThat(file).as(id).isRegularFile();
            assertThat(r.out()).contains("wrote " + file);
            Pictures picture = Pictures.of(file);
            assertThat(picture.showsAView()).as(id + " shows its view: " + picture).isTrue();
        }
        assertThat(ViewRegistry.figureIds()).contains("latent", "explore", "sidebyside", "curves").doesNotContain("denoise");
    }

    @Test
    void anUnknownViewIsRefusedWithOneSentenceNamingTheViews() {
        Run r = run(List.of("figure", "--view", "latent,nowhere", "--out", dir.resolve("f").toString()));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("There is no view called 'nowhere' to render: use " + String.join(", ", ViewRegistry.figureIds()) + ".");
        assertThat(dir.resolve("f")).doesNotExist();
        Run help = run(List.of("figure", "--help"));
        assertThat(help.out().replaceAll("\\s+", " ")).contains("Views to render: " + String.join(", ", ViewRegistry.figureIds()) + " (default: all)");
    }

    @Test
    void aKnobOutOfRangeIsRefusedWithOneSentenceBeforeAnyWindow() {
        Run r = run(List.of("figure", "--variant", "vae", "--lr", "-0.1", "--out", dir.resolve("f").toString()));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).contains("learning rate must be in (0, 1]").doesNotContain("\n");
        assertThat(dir.resolve("f")).doesNotExist();
    }

    @Test
    void aFigureDrawnWhileTheWindowIsDarkIsLightUnlessThemeDarkIsAskedFor(FxRobot robot) throws Exception {
        robot.interact(() -> Theme.apply(Theme.DARK));
        try {
            Path light = dir.resolve("light");
            Run byDefault = run(List.of("figure", "--model", "models/mnist-undercomplete-2d", "--view", "curves", "--out", light.toString()));
            assertThat(byDefault.code()).as(byDefault.err()).isZero();
            assertThat(groundBrightness(light.resolve("curves.png"))).as("the default figure's ground").isGreaterThan(0.95);
            assertThat(Theme.current()).as("the window's theme is put back").isEqualTo(Theme.DARK);

            Path dark = dir.resolve("dark");
            Run asked = run(List.of("figure", "--model", "models/mnist-undercomplete-2d", "--view", "curves", "--theme", "dark",
                    "--out", dark.toString()));
            assertThat(asked.code()).as(asked.err()).isZero();
            assertThat(groundBrightness(dark.resolve("curves.png"))).as("the --theme dark figure's ground").isLessThan(0.2);
        } finally {
            robot.interact(() -> Theme.apply(Theme.LIGHT));
        }
        Run wrong = run(List.of("figure", "--theme", "sepia", "--out", dir.resolve("x").toString()));
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err().strip()).isEqualTo("There is no theme called 'sepia': use light or dark.");
    }

    /** The brightness of a picture's most common colour: its ground. */
    private static double groundBrightness(Path file) throws Exception {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                counts.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
            }
        }
        int rgb = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        return javafx.scene.paint.Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff).getBrightness();
    }
}
