package org.latentlab.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonLibraryTest {
    private static final String PRESET = """
            {"format": 1, "title": "Old preset", "description": "Written before lessons.", "model": {"variant": "undercomplete", "latent_size": 2},
             "view": "LATENT"}""";

    @Test
    void theCoursesSequenceIsEveryPresetInItsMenuOrderThenTheLessons() {
        List<Lesson> lessons = LessonLibrary.builtIn();
        List<Preset> presets = PresetLibrary.builtIn();
        assertThat(lessons.subList(0, presets.size()).stream().map(Lesson::preset).toList()).isEqualTo(presets);
        assertThat(lessons.subList(0, presets.size())).allMatch(l -> l.hide().isEmpty() && l.figure() == null);
        assertThat(lessons.subList(presets.size(), lessons.size()).stream().map(Lesson::figure)).containsExactly("ae-beats-pca", "memorisation", "interpolation", "contractive-robustness", "codes-as-features", "pca-variance", "first-layer-features", "latent-holes");
        assertThat(lessons).allMatch(l -> !l.preset().description().isBlank());
    }

    @Test
    void anOldPresetFileReadsAsALessonAndPresetsStillReadIt(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("old.json"), PRESET);
        Lesson lesson = LessonLibrary.read(file);
        assertThat(lesson.preset()).isEqualTo(PresetLibrary.read(file));
        assertThat(lesson.hide()).isEmpty();
        assertThat(lesson.figure()).isNull();
    }

    @Test
    void aFolderIsASequenceInTheOrderOfItsFileNames(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("02-second.json"), PRESET.replace("Old preset", "Second").replace("\"view\"",
                "\"hide\": [\"variant\", \"knobs\"], \"figure\": \"pca-variance\", \"expect\": \"a few components.\", \"view\""));
        Files.writeString(dir.resolve("01-first.json"), PRESET.replace("Old preset", "First"));
        Files.writeString(dir.resolve("notes.txt"), "not a lesson");
        List<Lesson> lessons = LessonLibrary.folder(dir);
        assertThat(lessons).extracting(Lesson::title).containsExactly("First", "Second");
        assertThat(lessons.get(1).hide()).containsExactly("variant", "knobs");
        assertThat(lessons.get(1).figure()).isEqualTo("pca-variance");
        assertThat(lessons.get(1).expect()).isEqualTo("a few components.");
    }

    @Test
    void aBadLessonIsRefusedWithOneSentence(@TempDir Path dir) throws IOException {
        Path hide = Files.writeString(dir.resolve("hide.json"), PRESET.replace("\"view\"", "\"hide\": \"variant\", \"view\""));
        assertThatThrownBy(() -> LessonLibrary.read(hide)).isInstanceOf(IOException.class)
                .hasMessage("hide.json is not a valid lesson: its hide is \"variant\", not a list of control names.");
        Path model = Files.writeString(dir.resolve("model.json"), PRESET.replace("\"view\"", "\"open\": \"no-such-model\", \"view\""));
        assertThatThrownBy(() -> LessonLibrary.read(model)).isInstanceOf(IOException.class)
                .hasMessage("model.json needs the shipped model no-such-model, which is not in the models folder.");
        Path data = Files.writeString(dir.resolve("data.json"), PRESET.replace("\"view\"", "\"dataset\": \"no-such-data\", \"view\""));
        assertThatThrownBy(() -> LessonLibrary.read(data)).isInstanceOf(IOException.class)
                .hasMessage("data.json needs the data set no-such-data, which is not there.");
        assertThatThrownBy(() -> LessonLibrary.folder(dir.resolve("none"))).hasMessageStartingWith("There is no folder of lessons at");
    }
}
