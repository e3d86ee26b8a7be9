package vn.motcua.feedback;

import java.util.List;

/** A feedback measure's value and the ids of the records behind it. */
public record FeedbackFigure(Long value, List<Long> ids) {
}
