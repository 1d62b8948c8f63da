package org.latentlab.ml.model;

import java.util.Locale;

/** The autoencoder variants of the course, each with a plain-language description for the window. */
public enum Variant {
    LINEAR("Linear (≈ PCA)",
            "No activations anywhere: the encoder and decoder are plain matrices and the loss is squared error. "
                    + "Such a network can only learn a flat subspace, and it finds the same one PCA finds: compare its "
                    + "scatter and error with PCA's at the same code size."),
    UNDERCOMPLETE("Undercomplete",
            "A dense encoder squeezes each image through a code smaller than the input, and a decoder "
                    + "rebuilds it. With only two code units the network must keep what matters most: "
                    + "watch the digits sort themselves into clusters in the latent plane."),
    CONVOLUTIONAL("Convolutional",
            "Convolutions and pooling shrink the image to small feature maps, and upsampling with convolutions "
                    + "grows it back. Sharing each filter across the image needs about 28 thousand weights where a dense "
                    + "network needs 800 thousand; look at the sharper reconstructions."),
    SPARSE("Sparse",
            "The code may be wide, but a penalty keeps most of its units near zero for any one image "
                    + "(a KL target rate, an L1 cost, or only the k largest kept). Each unit then answers to a few "
                    + "images: look at the filters view to see units specialise into strokes."),
    DENOISING("Denoising",
            "The input is corrupted with noise and the network must return the clean image. It cannot "
                    + "copy its input, so it learns what digits look like: drop a noisy image on it and compare "
                    + "the noise it removes with what a plain autoencoder does."),
    CONTRACTIVE("Contractive",
            "A penalty on the encoder's Jacobian makes the code change little when the input moves a little. "
                    + "Only directions along the data survive: the code is robust to small perturbations, "
                    + "and the penalty curve shows the price paid for it."),
    VAE("Variational (VAE)",
            "The encoder gives a Gaussian per image and the code is sampled from it; a KL term pulls every "
                    + "Gaussian towards the standard normal. The latent plane fills without holes, so decoding any "
                    + "point, or a sample from the prior, gives a plausible image. β weighs the KL term."),
    STACKED("Stacked (greedy)",
            "Layers are trained one shallow autoencoder at a time, each on the codes of the one below, then "
                    + "fine-tuned together, as deep networks were once pretrained. With tied weights each decoder "
                    + "layer is its encoder layer transposed, halving the weights."),
    OVERCOMPLETE("Overcomplete",
            "A code wider than the image could simply copy each pixel and learn nothing. A regulariser, "
                    + "sparsity or denoising, makes copying impossible or costly, so the wide code must find "
                    + "structure instead.");

    private final String title;
    private final String description;

    Variant(String title, String description) {
        this.title = title;
        this.description = description;
    }

    /** The command-line name, e.g. {@code undercomplete}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String title() {
        return title;
    }

    /** Two or three sentences: the restriction on the code and what to look for in the plots. */
    public String description() {
        return description;
    }

    /** Parses a command-line name, with one sentence listing the names when it is not one. */
    public static Variant fromId(String id) {
        for (Variant v : values()) {
            if (v.id().equalsIgnoreCase(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("'" + id + "' is not a variant: use one of "
                + java.util.Arrays.stream(values()).map(Variant::id).toList() + ".");
    }

    @Override
    public String toString() {
        return title;
    }
}
