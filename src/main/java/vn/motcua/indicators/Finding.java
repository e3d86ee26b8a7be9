package vn.motcua.indicators;

import java.util.List;

/** Một phát hiện của kiểm tra: ERROR blocks submission, WARNING does not. */
public record Finding(String severity, String rule, List<String> keys, String message) {
}
