package vn.motcua.procedures;

/** Bước của quy trình nội bộ: who is responsible (a role or an agency) and its share of the time in working hours. */
public record ProcedureStep(String name, String responsible, int hours) {
}
