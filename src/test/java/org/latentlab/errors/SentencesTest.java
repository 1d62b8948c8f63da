package org.latentlab.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Whatever the exception, a person reads one sentence, never a class name. */
class SentencesTest {
    @Test
    void anIOExceptionSaysItsOwnWordsAsASentence() {
        assertThat(Sentences.of(new IOException("The disk is full"))).isEqualTo("The disk is full.");
        assertThat(Sentences.of(new IOException("x.json is not a valid preset: beta must be positive."))).isEqualTo(
                "x.json is not a valid preset: beta must be positive.");
    }

    @Test
    void anIOExceptionWithoutAMessageStillGetsASentence() {
        assertThat(Sentences.of(new IOException())).isEqualTo("A file could not be read or written.");
        assertThat(Sentences.of(new RuntimeException(new IOException()))).isEqualTo("A file could not be read or written.");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThat(Sentences.of(new NoSuchFileException("/home/ada/models/vae"))).isEqualTo("There is no file or folder at /home/ada/models/vae.");
        assertThat(Sentences.of(new UncheckedIOException(new NoSuchFileException("/tmp/a.csv"))))
                .isEqualTo("There is no file or folder at /tmp/a.csv.");
        assertThat(Sentences.after("Could not open the model", new IOException(new NoSuchFileException("/tmp/m"))))
                .isEqualTo("Could not open the model: there is no file or folder at /tmp/m.");
    }

    @Test
    void aJsonSyntaxErrorReadsAsASentenceWithoutTheParsersClassOrLinks() {
        Throwable unterminated = catchThrowable(() -> JsonParser.parseString("{ \"title\": \"x\", \"format\" 1 }"));
        Throwable truncated = catchThrowable(() -> JsonParser.parseString("{ \"format\": 1, \"dataset\": "));
        Throwable wrongType = catchThrowable(() -> new Gson().fromJson("{\"format\": \"one\"}", Format.class));
        for (Throwable e : new Throwable[] {unterminated, truncated, wrongType}) {
            String s = Sentences.of(e);
            assertThat(s).as(e.toString()).startsWith("The text is not valid JSON").endsWith(".")
                    .doesNotContain("Exception", "com.google", "http", "$", "\n");
            assertOneSentence(s);
        }
        assertThat(Sentences.of(unterminated)).isEqualTo("The text is not valid JSON (expected ':' at line 1 column 27).");
        assertThat(Sentences.of(truncated)).contains("line 1");
        assertThat(Sentences.of(wrongType)).startsWith("The text is not valid JSON ('one' is not a number");
    }

    @Test
    void anIllegalArgumentThatIsASentenceIsShownAsItIs() {
        assertThat(Sentences.of(new IllegalArgumentException("'abc' is not a size: give a whole number like 64.")))
                .isEqualTo("'abc' is not a size: give a whole number like 64.");
        assertThat(Sentences.of(new IllegalArgumentException("epochs must be between 1 and 100000, got 0")))
                .isEqualTo("epochs must be between 1 and 100000, got 0.");
        assertThat(Sentences.of(catchThrowable(() -> Integer.parseInt("lots")))).isEqualTo("'lots' is not a number.");
    }

    @Test
    void wrappersAreLookedThroughAndBugsNeverShowTheirClass() {
        assertThat(Sentences.of(new CompletionException(new IllegalStateException("Stop the run before opening a session."))))
                .isEqualTo("Stop the run before opening a session.");
        String npe = Sentences.of(catchThrowable(() -> ((String) null).length()));
        assertThat(npe).isEqualTo("Something went wrong inside Latent Lab; the log has the details.");
        assertThat(Sentences.of(new RuntimeException(), "Training failed.")).isEqualTo("Training failed.");
        assertThat(Sentences.of(new OutOfMemoryError())).isEqualTo("Latent Lab ran out of memory.");
        assertThat(Sentences.after("Could not save /tmp/x.csv.", new IOException("No space left on device")))
                .isEqualTo("Could not save /tmp/x.csv: No space left on device.");
        assertThat(Sentences.after("Could not save /tmp/x.csv", new IllegalStateException())).isEqualTo("Could not save /tmp/x.csv.");
    }

    private static void assertOneSentence(String s) {
        assertThat(s.substring(0, s.length() - 1)).as(s).doesNotContain(". ");
        assertThat(s).doesNotContainPattern("[A-Z]\\w*(Exception|Error)");
    }

    private record Format(int format) {}
}
