package vn.motcua.procedures;

/** Lĩnh vực: the field a procedure belongs to, e.g. dat-dai (Đất đai). */
public record Field(String code, String name) {
}
