package vn.motcua.dossiers.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossiers.core.LifecycleFixture.FACTS;
import static vn.motcua.dossiers.core.LifecycleFixture.LIFECYCLE;
import static vn.motcua.dossiers.core.LifecycleFixture.MARITAL_STATUS;
import static vn.motcua.dossiers.core.LifecycleFixture.at;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import vn.motcua.calendar.Timeliness;
import vn.motcua.dossiers.ActionKind;
import vn.motcua.dossiers.ActionRequest;
import vn.motcua.dossiers.DocumentKind;
import vn.motcua.dossiers.DocumentOrigin;
import vn.motcua.dossiers.DossierAction;
import vn.motcua.dossiers.DossierStatus;
import vn.motcua.dossiers.PublicationTarget;
import vn.motcua.dossiers.ReturnChannel;
import vn.motcua.dossiers.core.DossierLifecycle.Act;
import vn.motcua.dossiers.core.DossierLifecycle.Attachment;
import vn.motcua.dossiers.core.DossierLifecycle.Outcome;
import vn.motcua.dossiers.core.FigureMovement.Counted;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;

/**
 * Every action in every status of a dossier: allowed — the status it leads to and the figures it
 * moves — or refused, and every detail an action cannot go without.
 */
class DossierLifecycleRulesTest {

    /**
     * Status reached (or "-" for refused) by each action from each status: the one-stop process of
     * Decree 61/2018/NĐ-CP and 118/2025/NĐ-CP, written out in full so the test does not read the rule it checks.
     */
    private static final String TABLE = """
            status               ASSIGN       FORWARD      REQUEST_SUPPLEMENT  SUPPLEMENT_RECEIVED  REJECT    STOP     WITHDRAW   APOLOGIZE           APPROVE   COMPLETE   RETURN_RESULT  PUBLISH_RESULT  RECORD_PAYMENT
            RECEIVED             IN_PROGRESS  IN_PROGRESS  WAITING_SUPPLEMENT  -                    REJECTED  -        WITHDRAWN  RECEIVED            APPROVED  COMPLETED  -              -               RECEIVED
            IN_PROGRESS          IN_PROGRESS  IN_PROGRESS  WAITING_SUPPLEMENT  -                    REJECTED  STOPPED  WITHDRAWN  IN_PROGRESS         APPROVED  COMPLETED  -              -               IN_PROGRESS
            WAITING_SUPPLEMENT   -            -            -                   IN_PROGRESS          REJECTED  STOPPED  WITHDRAWN  WAITING_SUPPLEMENT  -         -          -              -               WAITING_SUPPLEMENT
            APPROVED             -            IN_PROGRESS  -                   -                    -         STOPPED  WITHDRAWN  APPROVED            -         COMPLETED  -              -               APPROVED
            COMPLETED            -            -            -                   -                    -         -        -          -                   -         -          RETURNED       COMPLETED       COMPLETED
            RETURNED             -            -            -                   -                    -         -        -          -                   -         -          -              RETURNED        RETURNED
            REJECTED             -            -            -                   -                    -         -        -          -                   -         -          -              -               -
            STOPPED              -            -            -                   -                    -         -        -          -                   -         -          -              -               -
            WITHDRAWN            -            -            -                   -                    -         -        -          -                   -         -          -              -               -
            """;

    static Stream<Arguments> everyActionInEveryStatus() {
        List<String> lines = TABLE.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
        List<String> actions = Arrays.asList(lines.get(0).split("\\s+")).subList(1, 14);
        List<Arguments> cases = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\\s+");
            for (int i = 0; i < actions.size(); i++) {
                cases.add(Arguments.of(DossierStatus.valueOf(cells[0]), ActionKind.valueOf(actions.get(i)), cells[i + 1]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} on a dossier {0} → {2}")
    @MethodSource("everyActionInEveryStatus")
    void anActionIsAllowedOrRefusedByTheDossiersStatus(DossierStatus status, ActionKind action, String expected) {
        List<DossierAction> history = historyReaching(status);
        Instant now = history.get(history.size() - 1).at().plus(Duration.ofHours(1));
        Act act = new Act(request(action), "officer", now, null);
        if (expected.equals("-")) {
            assertThatThrownBy(() -> LIFECYCLE.act(MARITAL_STATUS, FACTS, history, act))
                    .isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.messageCode()).isEqualTo("dossiers.action.not-allowed"));
            return;
        }
        Outcome outcome = LIFECYCLE.act(MARITAL_STATUS, FACTS, history, act);
        assertThat(outcome.state().status()).isEqualTo(DossierStatus.valueOf(expected));
        assertThat(outcome.appended()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(action);
            assertThat(a.seq()).isEqualTo(history.size() + 1);
            assertThat(a.actor()).isEqualTo("officer");
            assertThat(a.at()).isEqualTo(now);
        });
        assertThat(outcome.movements()).extracting(FigureMovement::counted).containsExactlyElementsOf(movedBy(action));
        assertThat(outcome.movements()).allSatisfy(m -> {
            assertThat(m.day()).isEqualTo(LocalDate.ofInstant(now, LifecycleFixture.DEADLINES.zone()));
            assertThat(m.agencyId()).isEqualTo(FACTS.agencyId());
            assertThat(m.channel()).isEqualTo(FACTS.channel());
            assertThat(m.fieldCode()).isEqualTo("ho-tich");
            assertThat(m.seq()).isEqualTo(history.size() + 1);
        });
    }

    /** What a first, allowed action of each kind counts (an hour after the previous one: early against a 3-day appointment). */
    private static List<Counted> movedBy(ActionKind action) {
        return switch (action) {
            case COMPLETE -> List.of(Counted.RESOLVED, Counted.RESOLVED_EARLY);
            case APOLOGIZE -> List.of(Counted.APOLOGIES);
            case PUBLISH_RESULT -> List.of(Counted.PUBLISHED_PORTAL, Counted.PUBLISHED);
            case REJECT, STOP, WITHDRAW -> List.of(Counted.ENDED);
            default -> List.of();
        };
    }

    static Stream<Arguments> detailsAnActionCannotGoWithout() {
        return Stream.of(
                Arguments.of(ActionRequest.of(ActionKind.ASSIGN), "assignee", "dossiers.assignee.required"),
                Arguments.of(ActionRequest.of(ActionKind.REQUEST_SUPPLEMENT), "reason", "dossiers.reason.required"),
                Arguments.of(ActionRequest.of(ActionKind.REJECT), "reason", "dossiers.reason.required"),
                Arguments.of(new ActionRequest(ActionKind.REJECT, null, null, "x".repeat(1001), null, null, null, null, null, null,
                        null), "reason", "dossiers.reason.long"),
                Arguments.of(new ActionRequest(ActionKind.APOLOGIZE, null, null, null, at("2026-04-01T09:00:00+07:00"), null, null,
                        null, null, null, null), "reason", "dossiers.reason.required"),
                Arguments.of(new ActionRequest(ActionKind.APOLOGIZE, null, null, "Cần xác minh", null, null, null, null, null, null,
                        null), "newDueAt", "dossiers.new-due.required"),
                Arguments.of(new ActionRequest(ActionKind.APOLOGIZE, null, null, "Cần xác minh", at("2026-03-04T09:00:00+07:00"),
                        null, null, null, null, null, null), "newDueAt", "dossiers.new-due.after"),
                Arguments.of(new ActionRequest(ActionKind.FORWARD, null, "000.99.99.H56", null, null, null, null, null, null, null,
                        null), "toAgencyCode", "dossiers.agency.not-found"),
                Arguments.of(new ActionRequest(ActionKind.RECORD_PAYMENT, null, null, null, null, null, null, 0L, null, null, null),
                        "amount", "dossiers.payment.amount"),
                Arguments.of(ActionRequest.of(ActionKind.RECEIVE), "action", "dossiers.action.required"));
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @MethodSource("detailsAnActionCannotGoWithout")
    void anActionWithoutItsDetailsIsRefusedNamingTheField(ActionRequest request, String field, String code) {
        assertThatThrownBy(() -> LIFECYCLE.act(MARITAL_STATUS, FACTS, historyReaching(DossierStatus.RECEIVED),
                new Act(request, "officer", at("2026-03-02T10:00:00+07:00"), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageCode()).isEqualTo(code);
                });
    }

    @Test
    void aResultIsReturnedWithItsChannelAndPublishedOnceOnEachSite() {
        List<DossierAction> completed = historyReaching(DossierStatus.COMPLETED);
        Instant later = at("2026-03-03T10:00:00+07:00");
        assertThatThrownBy(() -> LIFECYCLE.act(MARITAL_STATUS, FACTS, completed,
                new Act(ActionRequest.of(ActionKind.RETURN_RESULT), "clerk", later, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("channel"));
        assertThatThrownBy(() -> LIFECYCLE.act(MARITAL_STATUS, FACTS, completed,
                new Act(ActionRequest.of(ActionKind.PUBLISH_RESULT), "clerk", later, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("on"));
        List<DossierAction> published = apply(completed, request(ActionKind.PUBLISH_RESULT), later);
        assertThatThrownBy(() -> LIFECYCLE.act(MARITAL_STATUS, FACTS, published,
                new Act(request(ActionKind.PUBLISH_RESULT), "clerk", later.plusSeconds(60), null)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("dossiers.publish.already"));
    }

    @Test
    void aReceiptSetsTheAppointmentFromTheProcessingTimeAndCountsTheDossierReceived() {
        Outcome received = LIFECYCLE.receive(MARITAL_STATUS, FACTS, "clerk");
        assertThat(received.appended()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ActionKind.RECEIVE);
            assertThat(a.data()).containsEntry("channel", "ONLINE_FULL");
        });
        assertThat(received.state().status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(received.state().dueAt()).isEqualTo(at("2026-03-05T09:00:00+07:00"));
        assertThat(received.state().firstDueAt()).isEqualTo(at("2026-03-05T09:00:00+07:00"));
        // The first step (4 working hours: 09:00–11:30, then 13:30–15:00) is due at 15:00.
        assertThat(received.state().stepDueAt()).isEqualTo(at("2026-03-02T15:00:00+07:00"));
        // The procedure charges 5.000 đồng: the dossier counts as received and as carrying a fee.
        assertThat(received.movements()).extracting(FigureMovement::counted).containsExactly(Counted.RECEIVED, Counted.WITH_FEE);
        assertThat(received.movements().get(0).day()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(LIFECYCLE.receive(MARITAL_STATUS, new DossierFacts(FACTS.code(), FACTS.agencyId(), FACTS.unitId(),
                FACTS.procedureCode(), FACTS.procedureVersionId(), FACTS.fieldCode(), FACTS.channel(), FACTS.applicant(), List.of(), 0,
                FACTS.receivedAt()), "clerk").movements()).extracting(FigureMovement::counted).containsExactly(Counted.RECEIVED);
    }

    @Test
    void onlyTheFirstPaymentTheGatewayConfirmedCountsTheDossierPaidOnline() {
        List<DossierAction> history = historyReaching(DossierStatus.IN_PROGRESS);
        Outcome atCounter = LIFECYCLE.act(MARITAL_STATUS, FACTS, history, new Act(new ActionRequest(ActionKind.RECORD_PAYMENT, null,
                null, null, null, null, null, 2000L, "COUNTER", "BL-1", null), "clerk", at("2026-03-03T09:00:00+07:00"), null));
        assertThat(atCounter.movements()).isEmpty();
        history = apply(history, new ActionRequest(ActionKind.RECORD_PAYMENT, null, null, null, null, null, null, 3000L,
                DossierLifecycle.ONLINE_PAYMENT, "14831394", null), at("2026-03-03T10:00:00+07:00"));
        Outcome second = LIFECYCLE.act(MARITAL_STATUS, FACTS, history, new Act(new ActionRequest(ActionKind.RECORD_PAYMENT, null, null,
                null, null, null, null, 1000L, DossierLifecycle.ONLINE_PAYMENT, "14831395", null), "VNPAY",
                at("2026-03-03T11:00:00+07:00"), null));
        assertThat(second.movements()).isEmpty();
        assertThat(LIFECYCLE.replay(MARITAL_STATUS, FACTS, history).movements()).extracting(FigureMovement::counted)
                .containsOnlyOnce(Counted.PAID_ONLINE);
        assertThat(second.state().paid()).isEqualTo(4000);
    }

    @Test
    void aSupplementStopsTheClockAndItsReturnMovesTheAppointment() {
        List<DossierAction> history = historyReaching(DossierStatus.RECEIVED);
        history = apply(history, request(ActionKind.REQUEST_SUPPLEMENT), at("2026-03-02T15:00:00+07:00"));
        DossierState waiting = LIFECYCLE.replay(MARITAL_STATUS, FACTS, history).state();
        assertThat(waiting.clockStopped()).isTrue();
        assertThat(waiting.dueAt()).isNull();
        Outcome resumed = LIFECYCLE.act(MARITAL_STATUS, FACTS, history,
                new Act(ActionRequest.of(ActionKind.SUPPLEMENT_RECEIVED), "clerk", at("2026-03-04T15:00:00+07:00"), null));
        // Two working days stood still: Thursday 09:00 becomes Monday 09:00.
        assertThat(resumed.state().dueAt()).isEqualTo(at("2026-03-09T09:00:00+07:00"));
        assertThat(resumed.state().clockStopped()).isFalse();
    }

    @Test
    void anApologyMakesTheResultLateWhateverTheNewDateAndCountsALetter() {
        List<DossierAction> history = apply(historyReaching(DossierStatus.IN_PROGRESS), new ActionRequest(ActionKind.APOLOGIZE, null,
                null, "Cần xác minh", at("2026-03-09T09:00:00+07:00"), null, null, null, null, null, null),
                at("2026-03-04T16:00:00+07:00"));
        Outcome completed = LIFECYCLE.act(MARITAL_STATUS, FACTS, history,
                new Act(ActionRequest.of(ActionKind.COMPLETE), "specialist", at("2026-03-04T16:30:00+07:00"), null));
        assertThat(completed.state().timeliness()).isEqualTo(Timeliness.LATE);
        assertThat(completed.state().dueAt()).isEqualTo(at("2026-03-09T09:00:00+07:00"));
        assertThat(completed.state().firstDueAt()).isEqualTo(at("2026-03-05T09:00:00+07:00"));
        assertThat(completed.movements()).extracting(FigureMovement::counted)
                .containsExactly(Counted.RESOLVED, Counted.RESOLVED_LATE);
    }

    @Test
    void aStepHandedOverAfterItsOwnDueTimeRecordsTheWorkingHoursLost() {
        // The first step was due Monday 15:00; forwarded Tuesday 09:00 it lost 4 working hours (15:00–17:00, 07:00–09:00).
        Outcome forwarded = LIFECYCLE.act(MARITAL_STATUS, FACTS, historyReaching(DossierStatus.RECEIVED),
                new Act(request(ActionKind.FORWARD), "clerk", at("2026-03-03T09:00:00+07:00"), null));
        assertThat(forwarded.appended().get(0).data()).containsEntry("lateHours", 4L);
        assertThat(forwarded.state().step()).isEqualTo(1);
    }

    @Test
    void aForwardToAnotherAgencyLeavesTheDossierWithIt() {
        ActionRequest forward = new ActionRequest(ActionKind.FORWARD, null, "000.00.14.H56", null, null, null, null, null, null,
                null, null);
        Outcome outcome = LIFECYCLE.act(MARITAL_STATUS, FACTS, historyReaching(DossierStatus.IN_PROGRESS),
                new Act(forward, "specialist", at("2026-03-02T11:00:00+07:00"), 42L));
        assertThat(outcome.state().holdingAgencyId()).isEqualTo(42L);
        assertThat(outcome.state().assignee()).isNull();
        assertThat(outcome.appended().get(0).data()).containsEntry("toAgencyCode", "000.00.14.H56").containsEntry("toAgencyId", 42L);
        assertThat(LIFECYCLE.replay(MARITAL_STATUS, FACTS, concat(historyReaching(DossierStatus.IN_PROGRESS), outcome.appended()))
                .state().holdingAgencyId()).isEqualTo(42L);
    }

    @Test
    void aLaterPublicationOnAnotherDayRemembersTheFirst() {
        List<DossierAction> history = apply(historyReaching(DossierStatus.RETURNED),
                new ActionRequest(ActionKind.PUBLISH_RESULT, null, null, null, null, null, PublicationTarget.PROVINCE_PORTAL, null, null,
                        null, null), at("2026-03-13T16:00:00+07:00"));
        Outcome later = LIFECYCLE.act(MARITAL_STATUS, FACTS, history, new Act(new ActionRequest(ActionKind.PUBLISH_RESULT, null,
                null, null, null, null, PublicationTarget.UNIT_WEBSITE, null, null, null, null), "clerk",
                at("2026-03-16T08:00:00+07:00"), null));
        assertThat(later.movements()).extracting(FigureMovement::counted)
                .containsExactly(Counted.PUBLISHED_WEBSITE, Counted.REPUBLISHED);
        assertThat(later.movements().get(1).since()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(later.movements().get(1).day()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(later.state().publishedOn()).containsExactlyInAnyOrder(PublicationTarget.PROVINCE_PORTAL,
                PublicationTarget.UNIT_WEBSITE);
    }

    @ParameterizedTest(name = "a document joins a dossier {0} and changes nothing else")
    @EnumSource(DossierStatus.class)
    void aDocumentJoinsADossierInAnyStatusAndChangesNothingElse(DossierStatus status) {
        List<DossierAction> history = historyReaching(status);
        DossierState before = LIFECYCLE.replay(MARITAL_STATUS, FACTS, history).state();
        Instant now = history.get(history.size() - 1).at().plus(Duration.ofHours(1));
        Outcome outcome = LIFECYCLE.attach(MARITAL_STATUS, FACTS, history,
                new Attachment(41, "to-khai.pdf", null, DocumentKind.DOSSIER, DocumentOrigin.DIGITISED, null), "clerk", now);
        assertThat(outcome.state()).isEqualTo(before);
        assertThat(outcome.appended()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ActionKind.ATTACH_DOCUMENT);
            assertThat(a.seq()).isEqualTo(history.size() + 1);
            assertThat(a.actor()).isEqualTo("clerk");
            assertThat(a.text("fileName")).isEqualTo("to-khai.pdf");
            assertThat(a.text("fileId")).isEqualTo("41");
        });
        assertThat(outcome.movements()).extracting(FigureMovement::counted).containsExactly(Counted.DOCUMENTS_DIGITISED);
        Outcome replayed = LIFECYCLE.replay(MARITAL_STATUS, FACTS, concat(history, outcome.appended()));
        assertThat(replayed.state()).isEqualTo(before);
        assertThat(replayed.movements()).contains(outcome.movements().get(0));
    }

    @Test
    void aDossierCountsAsDigitisedAsReusingAndItsResultAsDigitisedOnceEachOnTheDayOfTheFirst() {
        List<DossierAction> history = historyReaching(DossierStatus.RECEIVED);
        assertThat(attaching(history, DocumentKind.DOSSIER, DocumentOrigin.BORN_DIGITAL, null)).as("born digital").isEmpty();
        history = concat(history, LIFECYCLE.attach(MARITAL_STATUS, FACTS, history,
                new Attachment(1, "a.pdf", null, DocumentKind.DOSSIER, DocumentOrigin.DIGITISED, null), "clerk", at("2026-03-03T09:00:00+07:00"))
                .appended());
        assertThat(attaching(history, DocumentKind.DOSSIER, DocumentOrigin.DIGITISED, null)).as("a second scan").isEmpty();
        assertThat(attaching(history, DocumentKind.DOSSIER, DocumentOrigin.DIGITISED, 7L)).containsExactly(Counted.DOCUMENTS_REUSED);
        List<DossierAction> received = history;
        assertThatThrownBy(() -> attaching(received, DocumentKind.RESULT, DocumentOrigin.DIGITISED, null))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageCode()).isEqualTo("dossiers.document.result-early"));
        assertThatThrownBy(() -> LIFECYCLE.attach(MARITAL_STATUS, FACTS, received,
                new Attachment(1, "a.pdf", 1, DocumentKind.DOSSIER, DocumentOrigin.DIGITISED, null), "clerk", at("2026-03-03T10:00:00+07:00")))
                .as("the procedure asks for no document 1").isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("requirement"));

        List<DossierAction> completed = historyReaching(DossierStatus.COMPLETED);
        assertThat(attaching(completed, DocumentKind.RESULT, DocumentOrigin.BORN_DIGITAL, null)).isEmpty();
        List<DossierAction> scanned = concat(completed, LIFECYCLE.attach(MARITAL_STATUS, FACTS, completed,
                new Attachment(2, "kq.pdf", null, DocumentKind.RESULT, DocumentOrigin.DIGITISED, null), "clerk", at("2026-03-10T09:00:00+07:00"))
                .appended());
        assertThat(LIFECYCLE.replay(MARITAL_STATUS, FACTS, scanned).movements()).extracting(FigureMovement::counted)
                .containsOnlyOnce(Counted.RESULTS_DIGITISED).doesNotContain(Counted.DOCUMENTS_DIGITISED);
        assertThat(attaching(scanned, DocumentKind.RESULT, DocumentOrigin.DIGITISED, null)).isEmpty();
    }

    private static List<Counted> attaching(List<DossierAction> history, DocumentKind kind, DocumentOrigin origin, Long reusedFrom) {
        Instant now = history.get(history.size() - 1).at().plus(Duration.ofHours(1));
        return LIFECYCLE.attach(MARITAL_STATUS, FACTS, history, new Attachment(3, "b.pdf", null, kind, origin, reusedFrom), "clerk", now)
                .movements().stream().map(FigureMovement::counted).toList();
    }

    @Test
    void aHistoryThatCannotHaveHappenedIsRefusedWhole() {
        List<DossierAction> history = new ArrayList<>(historyReaching(DossierStatus.REJECTED));
        history.add(new DossierAction(history.size() + 1, ActionKind.COMPLETE, at("2026-03-03T09:00:00+07:00"), "x", 0,
                java.util.Map.of()));
        assertThatThrownBy(() -> LIFECYCLE.replay(MARITAL_STATUS, FACTS, history))
                .isInstanceOf(DossierLifecycle.InvalidHistoryException.class);
        assertThatThrownBy(() -> LIFECYCLE.replay(MARITAL_STATUS, FACTS, history.subList(1, history.size())))
                .isInstanceOf(DossierLifecycle.InvalidHistoryException.class);
    }

    /** A request for the action with every detail it needs. */
    static ActionRequest request(ActionKind action) {
        return switch (action) {
            case ASSIGN -> new ActionRequest(action, "specialist", null, null, null, null, null, null, null, null, null);
            case FORWARD -> new ActionRequest(action, "chutich", null, null, null, null, null, null, null, null, null);
            case REQUEST_SUPPLEMENT, REJECT, STOP, WITHDRAW -> new ActionRequest(action, null, null, "Lý do " + action, null, null,
                    null, null, null, null, null);
            case APOLOGIZE -> new ActionRequest(action, null, null, "Cần xác minh thêm", at("2026-04-01T09:00:00+07:00"), null,
                    null, null, null, null, null);
            case RETURN_RESULT -> new ActionRequest(action, null, null, null, null, ReturnChannel.ONLINE, null, null, null, null, null);
            case PUBLISH_RESULT -> new ActionRequest(action, null, null, null, null, null, PublicationTarget.PROVINCE_PORTAL, null,
                    null, null, null);
            case RECORD_PAYMENT -> new ActionRequest(action, null, null, null, null, null, null, 5000L, "CASH", null, null);
            default -> ActionRequest.of(action);
        };
    }

    /** A history that leaves a dossier in the status, an action an hour after the last. */
    static List<DossierAction> historyReaching(DossierStatus status) {
        List<ActionKind> path = switch (status) {
            case RECEIVED -> List.of();
            case IN_PROGRESS -> List.of(ActionKind.ASSIGN);
            case WAITING_SUPPLEMENT -> List.of(ActionKind.REQUEST_SUPPLEMENT);
            case APPROVED -> List.of(ActionKind.ASSIGN, ActionKind.APPROVE);
            case COMPLETED -> List.of(ActionKind.ASSIGN, ActionKind.COMPLETE);
            case RETURNED -> List.of(ActionKind.ASSIGN, ActionKind.COMPLETE, ActionKind.RETURN_RESULT);
            case REJECTED -> List.of(ActionKind.REJECT);
            case STOPPED -> List.of(ActionKind.ASSIGN, ActionKind.STOP);
            case WITHDRAWN -> List.of(ActionKind.WITHDRAW);
        };
        List<DossierAction> history = LIFECYCLE.receive(MARITAL_STATUS, FACTS, "clerk").appended();
        for (ActionKind kind : path) {
            history = apply(history, request(kind), history.get(history.size() - 1).at().plus(Duration.ofHours(1)));
        }
        assertThat(LIFECYCLE.replay(MARITAL_STATUS, FACTS, history).state().status()).isEqualTo(status);
        return history;
    }

    private static List<DossierAction> apply(List<DossierAction> history, ActionRequest request, Instant at) {
        return concat(history, LIFECYCLE.act(MARITAL_STATUS, FACTS, history, new Act(request, "officer", at, null)).appended());
    }

    private static List<DossierAction> concat(List<DossierAction> history, List<DossierAction> more) {
        List<DossierAction> all = new ArrayList<>(history);
        all.addAll(more);
        return all;
    }
}
