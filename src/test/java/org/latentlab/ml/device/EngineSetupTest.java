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
    void otherFailuresAreNotCalledADownload() {
        assertThat(EngineSetup.fetchFailure(new IOException("disk full"))).isEmpty();
    }
}
