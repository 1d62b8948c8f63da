package org.latentlab.ml.device;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.EngineException;
import java.io.IOException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** A failed libtorch download reads as one sentence saying how to get libtorch; other failures are left alone. */
class EngineSetupTest {
    @Test
    void djlsFailedDownloadBecomesTheFetchSentence() {
        Throwable offline = new EngineException("No deep learning engine found.",
                new EngineException("Failed to download PyTorch native library", new UnknownHostException("publish.djl.ai")));
        assertThat(EngineSetup.fetchFailure(offline)).contains(EngineSetup.FETCH_FAILED);
        assertThat(EngineSetup.fetchFailure(new EngineException("Failed to save pytorch index file", new IOException("Connection refused"))))
                .contains(EngineSetup.FETCH_FAILED);
        assertThat(EngineSetup.FETCH_FAILED).contains("PYTORCH_LIBRARY_PATH").endsWith(".");
    }

    @Test
    void onceConfiguredEveryLayersSentenceForTheFailedDownloadIsTheFetchSentence() {
        EngineSetup.configure();
        Throwable offline = new java.util.concurrent.CompletionException(
                new EngineException("Failed to save pytorch index file", new IOException("Connection refused")));
        assertThat(org.latentlab.errors.Sentences.of(offline)).isEqualTo(EngineSetup.FETCH_FAILED);
        assertThat(org.latentlab.errors.Sentences.after("The model was not opened", offline)).isEqualTo(EngineSetup.FETCH_FAILED);
        assertThat(org.latentlab.errors.Sentences.of(new IOException("The disk is full."))).isEqualTo("The disk is full.");
    }

    @Test
    void otherFailuresAreNotCalledADownload() {
        assertThat(EngineSetup.fetchFailure(new IOException("disk full"))).isEmpty();
    }
}
