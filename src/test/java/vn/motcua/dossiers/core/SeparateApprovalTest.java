package vn.motcua.dossiers.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossiers.core.LifecycleFixture.FACTS;
import static vn.motcua.dossiers.core.LifecycleFixture.LIFECYCLE;
import static vn.motcua.dossiers.core.LifecycleFixture.MARITAL_STATUS;
import static vn.motcua.dossiers.core.LifecycleFixture.RECEIVED_AT;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.dossiers.ActionKind;
import vn.motcua.dossiers.ActionRequest;
import vn.motcua.dossiers.DossierAction;
import vn.motcua.dossiers.DossierStatus;
import vn.motcua.dossiers.core.DossierLifecycle.Act;
import vn.motcua.procedures.ProcedureContent;
import vn.motcua.procedures.ProcedureVersion;
import vn.motcua.shared.SeparationOfDutiesException;

/**
 * Where the procedure requires it, the leader who approves a result is neither the one who received
 * the dossier nor one who handled it; a leader who only assigned it may approve.
 */
class SeparateApprovalTest {

    private static final ProcedureVersion SEPARATE = separate(MARITAL_STATUS);

    private static ProcedureVersion separate(ProcedureVersion v) {
        ProcedureContent c = v.content();
        return new ProcedureVersion(v.id(), v.procedureCode(), v.effectiveFrom(), v.decision(), v.changeNote(),
                new ProcedureContent(c.name(), c.fieldCode(), c.fieldName(), c.level(), c.agencyKind(), c.processingDays(),
                        c.processingHours(), c.shortenedDays(), c.shortenedHours(), c.resultKind(), c.onlineKind(), c.oneStop(),
                        c.interAgency(), c.onlinePayment(), c.anyLocation(), c.byPost(), c.internalProcessApproved(),
                        c.internalProcessDigitized(), c.fees(), c.documents(), c.steps(), true, c.formFields()));
    }

    /** Received by {@code receiver}, assigned by {@code assigner} to {@code handler}, who hands it on. */
    private static List<DossierAction> handled(ProcedureVersion version, String receiver, String assigner, String handler) {
        List<DossierAction> history = new ArrayList<>(LIFECYCLE.receive(version, FACTS, receiver).appended());
        history.addAll(LIFECYCLE.act(version, FACTS, history, new Act(new ActionRequest(ActionKind.ASSIGN, handler, null, null, null,
                null, null, null, null, null, null), assigner, RECEIVED_AT.plus(Duration.ofHours(1)), null)).appended());
        history.addAll(LIFECYCLE.act(version, FACTS, history, new Act(new ActionRequest(ActionKind.FORWARD, null, null, null, null,
                null, null, null, null, null, null), handler, RECEIVED_AT.plus(Duration.ofHours(2)), null)).appended());
        return history;
    }

    private static Act approveBy(String leader) {
        return new Act(ActionRequest.of(ActionKind.APPROVE), leader, RECEIVED_AT.plus(Duration.ofHours(3)), null);
    }

    @Test
    void aLeaderWhoReceivedTheDossierDoesNotApproveItsResult() {
        List<DossierAction> history = handled(SEPARATE, "chutich", "chutich", "specialist");
        assertThatThrownBy(() -> LIFECYCLE.act(SEPARATE, FACTS, history, approveBy("chutich")))
                .isInstanceOfSatisfying(SeparationOfDutiesException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("dossiers.approve.handler"));
    }

    @Test
    void aLeaderWhoHandledTheDossierDoesNotApproveItsResult() {
        List<DossierAction> history = handled(SEPARATE, "clerk", "phochutich", "chutich");
        assertThatThrownBy(() -> LIFECYCLE.act(SEPARATE, FACTS, history, approveBy("chutich")))
                .isInstanceOf(SeparationOfDutiesException.class);
    }

    @Test
    void aLeaderWhoOnlyAssignedItApproves() {
        List<DossierAction> history = handled(SEPARATE, "clerk", "chutich", "specialist");
        assertThat(LIFECYCLE.act(SEPARATE, FACTS, history, approveBy("chutich")).state().status()).isEqualTo(DossierStatus.APPROVED);
    }

    @Test
    void withoutTheRequirementTheReceivingLeaderMayApprove() {
        List<DossierAction> history = handled(MARITAL_STATUS, "chutich", "chutich", "specialist");
        assertThat(LIFECYCLE.act(MARITAL_STATUS, FACTS, history, approveBy("chutich")).state().status())
                .isEqualTo(DossierStatus.APPROVED);
    }
}
