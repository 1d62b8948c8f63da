package org.latentlab.ml.model;

import ai.djl.nn.Block;
import org.latentlab.ml.loss.Objective;

/**
 * One stage of a training run: the block to train, what it minimises, for how many epochs, and the
 * frozen layers (or null) that turn the raw input into this stage's input. Most variants have one
 * phase; the stacked variant has one per layer (greedy) and a final fine-tuning phase. The training
 * loop runs phases one after another without asking which variant it runs.
 */
public record Phase(String name, AutoencoderBlock block, Objective objective, int epochs, Block frozenPrefix) {}
