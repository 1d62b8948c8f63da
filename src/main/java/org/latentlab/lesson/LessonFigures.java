package org.latentlab.lesson;

import java.util.List;
import java.util.Optional;

/** Every figure a lesson can name; adding one is a class and a line here. */
public final class LessonFigures {
    private static final List<LessonFigure> ALL = List.of(new PcaVarianceFigure(), new AutoencoderBeatsPcaFigure(), new MemorisationFigure(),
            new InterpolationFigure(), new ContractiveRobustnessFigure(), new CodesAsFeaturesFigure(), new FirstLayerFeaturesFigure(),
            new LatentHolesFigure());

    private LessonFigures() {}

    public static List<LessonFigure> standard() {
        return ALL;
    }

    public static Optional<LessonFigure> find(String id) {
        return ALL.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The ids, for the sentence that refuses an unknown one. */
    public static List<String> ids() {
        return ALL.stream().map(LessonFigure::id).toList();
    }
}
