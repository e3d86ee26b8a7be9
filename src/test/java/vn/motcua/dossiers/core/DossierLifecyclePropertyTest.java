package vn.motcua.dossiers.core;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossiers.core.LifecycleFixture.FACTS;
import static vn.motcua.dossiers.core.LifecycleFixture.LIFECYCLE;
import static vn.motcua.dossiers.core.LifecycleFixture.MARITAL_STATUS;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.motcua.dossiers.ActionKind;
import vn.motcua.dossiers.ActionRequest;
import vn.motcua.dossiers.DossierAction;
import vn.motcua.dossiers.PublicationTarget;
import vn.motcua.dossiers.ReturnChannel;
import vn.motcua.dossiers.core.DossierLifecycle.Act;
import vn.motcua.dossiers.core.DossierLifecycle.Outcome;

/**
 * A random history applied action by action — as officers do at the desk — gives the same state and
 * the same figure movements as the same history imported whole, as the bulk import does.
 */
class DossierLifecyclePropertyTest {

    static IntStream seeds() {
        return IntStream.range(0, 300);
    }

    @ParameterizedTest(name = "history {0}")
    @MethodSource("seeds")
    void actionByActionIsTheSameAsTheWholeHistory(int seed) {
        Random random = new Random(seed);
        Outcome received = LIFECYCLE.receive(MARITAL_STATUS, FACTS, "clerk");
        List<DossierAction> history = new ArrayList<>(received.appended());
        List<FigureMovement> moved = new ArrayList<>(received.movements());
        DossierState state = received.state();
        Instant now = FACTS.receivedAt();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            List<ActionKind> allowed = allowed(state);
            if (allowed.isEmpty()) {
                break;
            }
            now = now.plus(Duration.ofMinutes(10 + random.nextInt(3 * 24 * 60)));
            ActionKind kind = allowed.get(random.nextInt(allowed.size()));
            ActionRequest request = request(kind, state, now, random);
            Long toAgency = request.toAgencyCode() == null ? null : 42L + random.nextInt(3);
            Outcome outcome = LIFECYCLE.act(MARITAL_STATUS, FACTS, history,
                    new Act(request, "officer" + random.nextInt(3), now, toAgency));
            history.addAll(outcome.appended());
            moved.addAll(outcome.movements());
            state = outcome.state();
        }
        Outcome whole = LIFECYCLE.replay(MARITAL_STATUS, FACTS, history);
        assertThat(whole.state()).isEqualTo(state);
        assertThat(whole.movements()).containsExactlyElementsOf(moved);
        assertThat(whole.appended()).containsExactlyElementsOf(history);
    }

    /** The actions the status allows, leaving out a publication already made on both sites. */
    private static List<ActionKind> allowed(DossierState state) {
        Set<ActionKind> kinds = EnumSet.noneOf(ActionKind.class);
        Arrays.stream(ActionKind.values()).filter(k -> k.requested() && state.status().after(k).isPresent())
                .forEach(kinds::add);
        if (state.publishedOn().size() == PublicationTarget.values().length) {
            kinds.remove(ActionKind.PUBLISH_RESULT);
        }
        return new ArrayList<>(kinds);
    }

    private static ActionRequest request(ActionKind kind, DossierState state, Instant now, Random random) {
        return switch (kind) {
            case ASSIGN -> new ActionRequest(kind, "specialist" + random.nextInt(3), null, null, null, null, null, null, null, null,
                    null);
            case FORWARD -> random.nextBoolean()
                    ? new ActionRequest(kind, "chutich", null, null, null, null, null, null, null, null, null)
                    : new ActionRequest(kind, null, "000.00.14.H56", null, null, null, null, null, null, null, null);
            case REQUEST_SUPPLEMENT, REJECT, STOP -> new ActionRequest(kind, null, null, "Lý do " + random.nextInt(100), null, null,
                    null, null, null, null, null);
            case APOLOGIZE -> {
                Instant base = state.dueAt() == null || state.dueAt().isBefore(now) ? now : state.dueAt();
                yield new ActionRequest(kind, null, null, "Cần xác minh", base.plus(Duration.ofDays(1 + random.nextInt(9))), null,
                        null, null, null, null, null);
            }
            case RETURN_RESULT -> new ActionRequest(kind, null, null, null, null,
                    ReturnChannel.values()[random.nextInt(ReturnChannel.values().length)], null, null, null, null, null);
            case PUBLISH_RESULT -> {
                List<PublicationTarget> left = Arrays.stream(PublicationTarget.values())
                        .filter(t -> !state.publishedOn().contains(t)).toList();
                yield new ActionRequest(kind, null, null, null, null, null, left.get(random.nextInt(left.size())), null, null, null,
                        null);
            }
            case RECORD_PAYMENT -> new ActionRequest(kind, null, null, null, null, null, null, 1000L + random.nextInt(50_000), "CASH",
                    null, null);
            default -> ActionRequest.of(kind);
        };
    }
}
