package org.latentlab.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.ml.model.Variant;

/** The built-in presets are valid data, and a bad preset file is refused with a sentence. */
class PresetLibraryTest {
    @TempDir
    Path dir;

    @Test
    void everyPhenomenonOfTheCourseHasAValidPresetWithSentencesOnWhatToLookFor() {
        List<Preset> presets = PresetLibrary.builtIn();
        assertThat(presets).extracting(p -> p.spec().variant()).containsExactly(Variant.LINEAR, Variant.UNDERCOMPLETE,
                Variant.UNDERCOMPLETE, Variant.SPARSE, Variant.DENOISING, Variant.VAE, Variant.STACKED);
        for (Preset p : presets) {
            assertThat(p.description().split("\\. ")).as(p.title()).hasSizeBetween(2, 4);
        }
        Preset collapse = presets.get(5);
        assertThat(collapse.spec().beta()).isEqualTo(20);
        assertThat(collapse.spec().latentSize()).isEqualTo(8);
        assertThat(presets.get(1).sideBySide()).containsExactly("mnist-undercomplete-2d", "mnist-vae-2d");
        assertThat(presets.get(2).spec().latentSize()).isGreaterThan(784);
    }

    @Test
    void withoutTheShippedModelsThePresetsThatNeedThemSayWhyAndTheOthersStayReady() {
        String before = System.getProperty("latentlab.models");
        System.setProperty("latentlab.models", dir.resolve("no-models-here").toString());
        try {
            List<PresetLibrary.Offer> offered = PresetLibrary.offered();
            assertThat(offered).hasSize(7);
            assertThat(offered).filteredOn(o -> o.preset() == null).isNotEmpty()
                    .allSatisfy(o -> assertThat(o.problem()).contains("needs the shipped model").contains("not in the models folder"));
            assertThat(offered).filteredOn(o -> o.preset() != null).isNotEmpty();
            assertThat(offered).extracting(PresetLibrary.Offer::title).doesNotContainNull();
        } finally {
            if (before == null) {
                System.clearProperty("latentlab.models");
            } else {
                System.setProperty("latentlab.models", before);
            }
        }
    }

    @Test
    void anInstructorsOwnPresetFileIsRead() throws IOException {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, """
                {"format": 1, "title": "Three dimensions", "description": "A 3-D code. Look at the principal plane.",
                 "model": {"variant": "undercomplete", "latent_size": 3}, "epochs": 4, "view": "LATENT"}""");
        Preset p = PresetLibrary.read(file);
        assertThat(p.spec().latentSize()).isEqualTo(3);
        assertThat(p.spec().hiddenSizes()).containsExactly(512);
        assertThat(p.dataset()).isEqualTo("mnist-10k");
    }

    @Test
    void corruptNewerOrInconsistentPresetsAreRefused() throws IOException {
        assertThatThrownBy(() -> PresetLibrary.parse("{ \"title\": ", "a.json")).isInstanceOf(IOException.class)
                .hasMessageStartingWith("a.json is not a valid preset").hasMessageNotContaining("Exception").hasMessageEndingWith(".");
        assertThatThrownBy(() -> PresetLibrary.parse("{\"format\": 7, \"title\": \"x\"}", "b.json"))
                .hasMessageContaining("newer Latent Lab");
        assertThatThrownBy(() -> PresetLibrary.parse("{\"format\": 1, \"title\": \"x\", \"description\": \"y\", "
                + "\"model\": {\"variant\": \"vae\"}, \"open\": \"no-such-model\"}", "c.json"))
                .hasMessageContaining("needs the shipped model no-such-model");
        assertThatThrownBy(() -> PresetLibrary.parse("{\"format\": 1, \"title\": \"x\", \"description\": \"y\", "
                + "\"model\": {\"variant\": \"vae\", \"beta\": -3}}", "d.json"))
                .hasMessageStartingWith("d.json is not a valid preset: ").hasMessageContaining("β");
        assertThatThrownBy(() -> PresetLibrary.parse("{\"format\": 1, \"title\": \"x\", \"description\": \"y\"}", "e.json"))
                .hasMessage("e.json is not a valid preset: it has no model.");
        assertThatThrownBy(() -> PresetLibrary.read(dir.resolve("missing.json"))).hasMessageContaining("There is no preset file");
    }
}
