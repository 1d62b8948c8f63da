package org.latentlab.ml.inspect;

/**
 * One input's code under a VAE's encoder, written out: the Gaussian q(z|x) = N(μ, diag σ²), a
 * standard normal draw ε, and the sample z = μ + σ·ε the decoder is given (the reparameterisation);
 * with the two terms of the input's loss in nats: KL(q(z|x) ‖ N(0, I)) in closed form and the
 * reconstruction term −log p(x|z) of a Bernoulli decoder (binary cross-entropy summed over pixels).
 */
public record GaussianCode(float[] mu, float[] sigma, float[] epsilon, float[] z) {
    /** The sample z = μ + σ·ε for the given draw ε. */
    public static GaussianCode sample(float[] mu, float[] sigma, float[] epsilon) {
        if (mu.length != sigma.length || mu.length != epsilon.length) {
            throw new IllegalArgumentException("μ, σ and ε need one value per dimension");
        }
        float[] z = new float[mu.length];
        for (int d = 0; d < z.length; d++) {
            z[d] = mu[d] + sigma[d] * epsilon[d];
        }
        return new GaussianCode(mu.clone(), sigma.clone(), epsilon.clone(), z);
    }

    public int dimensions() {
        return mu.length;
    }

    /** KL of dimension {@code d}: ½ (σ² + μ² − 1 − log σ²), in nats. */
    public double kl(int d) {
        double s2 = (double) sigma[d] * sigma[d];
        return 0.5 * (s2 + (double) mu[d] * mu[d] - 1 - Math.log(s2));
    }

    /** KL(N(μ, σ²) ‖ N(0, I)) summed over the dimensions, in nats. */
    public double kl() {
        double sum = 0;
        for (int d = 0; d < mu.length; d++) {
            sum += kl(d);
        }
        return sum;
    }

    /**
     * −log p(x | z) for a decoder giving each pixel's probability {@code decoded}: the binary
     * cross-entropy summed over the pixels, in nats (probabilities kept within 1e-7 of 0 and 1).
     */
    public static double reconstructionNats(float[] x, float[] decoded) {
        if (x.length != decoded.length) {
            throw new IllegalArgumentException("the input and its decoding differ in size");
        }
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double p = Math.min(1 - 1e-7, Math.max(1e-7, decoded[i]));
            sum -= x[i] * Math.log(p) + (1 - x[i]) * Math.log(1 - p);
        }
        return sum;
    }
}
