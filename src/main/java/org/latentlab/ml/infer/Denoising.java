package org.latentlab.ml.infer;

import org.latentlab.analysis.ImageQuality;
import org.latentlab.data.Noise;

/**
 * What a denoising autoencoder makes of a clean input under a given corruption: the noisy copy
 * (the same definitions the training uses), the model's output, and the PSNR of each against the clean input.
 */
public final class Denoising {
    private Denoising() {}

    /** One input, corrupted and denoised. */
    public record Result(float[] clean, float[] noisy, float[] denoised, double psnrBefore, double psnrAfter, double reconstructionError) {}

    /** Corrupts {@code clean} (one input) with {@code noise} seeded by {@code seed} and runs it through {@code model}. */
    public static Result run(Autoencoder model, float[] clean, Noise noise, long seed) {
        float[] noisy = noise.apply(clean, seed);
        float[] denoised = model.reconstruct(noisy, 1);
        return new Result(clean, noisy, denoised, ImageQuality.psnr(clean, noisy), ImageQuality.psnr(clean, denoised),
                ImageQuality.mse(noisy, denoised));
    }
}
