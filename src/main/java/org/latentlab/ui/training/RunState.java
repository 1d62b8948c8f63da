package org.latentlab.ui.training;

/** Where a training run stands. */
public enum RunState { IDLE, LOADING, RUNNING, PAUSED }
