package vn.motcua.procedures;

/** Phí, lệ phí: a fee (phí) or a charge (lệ phí) in Vietnamese đồng. */
public record Fee(String name, long amount, Kind kind) {

    /** Phí pays for a service; lệ phí for the state's act. */
    public enum Kind {
        FEE, CHARGE
    }
}
