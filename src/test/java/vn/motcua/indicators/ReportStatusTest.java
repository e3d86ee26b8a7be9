package vn.motcua.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.indicators.ReportStatus.APPROVED;
import static vn.motcua.indicators.ReportStatus.DRAFT;
import static vn.motcua.indicators.ReportStatus.RETURNED;
import static vn.motcua.indicators.ReportStatus.SUBMITTED;
import static vn.motcua.indicators.ReportStatus.Transition.APPROVE;
import static vn.motcua.indicators.ReportStatus.Transition.RETURN;
import static vn.motcua.indicators.ReportStatus.Transition.SUBMIT;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.motcua.shared.ConflictException;

/** Every status against every transition: where it leads, or the refusal the unit is shown. */
class ReportStatusTest {

    static Stream<Arguments> everyStatusAndTransition() {
        return Stream.of(
                Arguments.of(DRAFT, SUBMIT, SUBMITTED),
                Arguments.of(DRAFT, RETURN, "indicators.not-submitted"),
                Arguments.of(DRAFT, APPROVE, "indicators.not-submitted"),
                Arguments.of(SUBMITTED, SUBMIT, "indicators.not-editable"),
                Arguments.of(SUBMITTED, RETURN, RETURNED),
                Arguments.of(SUBMITTED, APPROVE, APPROVED),
                Arguments.of(RETURNED, SUBMIT, SUBMITTED),
                Arguments.of(RETURNED, RETURN, "indicators.not-submitted"),
                Arguments.of(RETURNED, APPROVE, "indicators.not-submitted"),
                Arguments.of(APPROVED, SUBMIT, "indicators.not-editable"),
                Arguments.of(APPROVED, RETURN, "indicators.not-submitted"),
                Arguments.of(APPROVED, APPROVE, "indicators.not-submitted"));
    }

    @ParameterizedTest(name = "{0} then {1}: {2}")
    @MethodSource("everyStatusAndTransition")
    void aStatusAllowsSomeTransitionsAndRefusesTheOthersNamingItself(ReportStatus status, ReportStatus.Transition transition,
            Object outcome) {
        if (outcome instanceof ReportStatus next) {
            assertThat(status.after(transition)).isEqualTo(next);
        } else {
            assertThatThrownBy(() -> status.after(transition)).isInstanceOfSatisfying(ConflictException.class, e -> {
                assertThat(e.messageCode()).isEqualTo(outcome);
                assertThat(e.arguments()).containsExactly(status);
            });
        }
    }

    @Test
    void theTableCoversEveryStatusAndEveryTransition() {
        assertThat(everyStatusAndTransition()).hasSize(ReportStatus.values().length * ReportStatus.Transition.values().length);
        assertThat(everyStatusAndTransition().map(a -> Arrays.asList(a.get()[0], a.get()[1])).distinct()).hasSize(12);
    }

    @Test
    void onlyADraftOrAReturnedReportTakesFigures() {
        assertThat(Arrays.stream(ReportStatus.values()).filter(ReportStatus::editable)).containsExactly(DRAFT, RETURNED);
    }
}
