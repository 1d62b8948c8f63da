package org.latentlab.ml.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import org.latentlab.data.Noise;

/**
 * {@link Noise} applied on the device during training, with the same definitions as
 * {@link Noise#apply} uses on plain arrays: results stay in [0,1].
 */
public final class Corruption {
    private Corruption() {}

    /** A corrupted copy of {@code x}. */
    public static NDArray apply(Noise noise, NDArray x) {
        float level = (float) noise.level();
        switch (noise.kind()) {
            case GAUSSIAN:
                return x.add(x.getManager().randomNormal(0f, level, x.getShape(), DataType.FLOAT32, x.getDevice())).clip(0f, 1f);
            case MASKING: {
                NDArray keep = x.getManager().randomUniform(0f, 1f, x.getShape(), DataType.FLOAT32, x.getDevice())
                        .gte(level).toType(DataType.FLOAT32, false);
                return x.mul(keep);
            }
            case SALTPEPPER: {
                NDArray u = x.getManager().randomUniform(0f, 1f, x.getShape(), DataType.FLOAT32, x.getDevice());
                NDArray hit = u.lt(level).toType(DataType.FLOAT32, false);
                // Within a hit, u < level/2 is pepper (0) and the rest salt (1).
                NDArray salt = u.gte(level / 2).toType(DataType.FLOAT32, false);
                return x.mul(hit.neg().add(1f)).add(hit.mul(salt));
            }
            default:
                return x;
        }
    }
}
