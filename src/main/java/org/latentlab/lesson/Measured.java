package org.latentlab.lesson;

/** A lesson's figure as measured: the sentence with the numbers, and whether they show the effect. */
public record Measured(String figure, boolean shown) {}
