package org.latentlab.analysis;

/**
 * An autoencoder against PCA with the same code size on the same split: validation reconstruction
 * error of both, PCA's error for every k from 1 to 64 (the curve the autoencoder's point sits on),
 * how well each code separates the classes (5-NN and linear probe), and for a linear autoencoder
 * the principal angles between its decoder's subspace and PCA's.
 */
public record PcaComparison(
        int k,
        double modelValMse,
        double pcaValMse,
        double modelKnnAccuracy,
        double pcaKnnAccuracy,
        double modelLinearProbeAccuracy,
        double pcaLinearProbeAccuracy,
        double[] pcaErrorByK,
        double[] principalAnglesDeg) {

    /** Largest k of the error curve. */
    public static final int MAX_K = 64;

    /** The model's codes, labels and reconstructions as plain arrays (n × k and n × d). */
    public record ModelOutputs(float[] trainCodes, int[] trainLabels, float[] valInputs, float[] valCodes, int[] valLabels,
                               float[] valReconstructions, int codeSize, double[][] decoderSubspace) {}

    /**
     * Compares on the model's outputs; {@code pca} must be fitted on the same training split with
     * at least {@code min(d, max(k, 64))} components. A code wider than the input is compared with
     * PCA at the input size.
     */
    public static PcaComparison of(Pca pca, float[] trainInputs, ModelOutputs m) {
        int d = pca.dimension();
        int nVal = m.valLabels().length;
        int nTrain = m.trainLabels().length;
        int k = Math.min(m.codeSize(), d);
        double modelMse = 0;
        for (int i = 0; i < m.valReconstructions().length; i++) {
            double e = m.valReconstructions()[i] - m.valInputs()[i];
            modelMse += e * e;
        }
        modelMse /= m.valReconstructions().length;
        int maxK = Math.min(MAX_K, pca.fittedComponents());
        double[] byK = pca.reconstructionErrorByK(m.valInputs(), nVal, maxK);
        double pcaMse = k <= maxK ? byK[k - 1] : pca.reconstructionError(m.valInputs(), nVal, k);
        float[] pcaTrain = pca.transform(trainInputs, nTrain, k);
        float[] pcaVal = pca.transform(m.valInputs(), nVal, k);
        double pcaKnn = KnnClassifier.accuracy(pcaTrain, m.trainLabels(), pcaVal, m.valLabels(), k, 5);
        double pcaProbe = LinearProbe.accuracy(pcaTrain, m.trainLabels(), pcaVal, m.valLabels(), k);
        double modelKnn = KnnClassifier.accuracy(m.trainCodes(), m.trainLabels(), m.valCodes(), m.valLabels(), m.codeSize(), 5);
        double modelProbe = LinearProbe.accuracy(m.trainCodes(), m.trainLabels(), m.valCodes(), m.valLabels(), m.codeSize());
        double[] angles = null;
        if (m.decoderSubspace() != null) {
            double[][] principal = new double[m.decoderSubspace().length][];
            for (int i = 0; i < principal.length; i++) {
                principal[i] = pca.component(i);
            }
            angles = SubspaceAngles.degrees(m.decoderSubspace(), principal);
        }
        return new PcaComparison(k, modelMse, pcaMse, modelKnn, pcaKnn, modelProbe, pcaProbe, byK, angles);
    }
}
