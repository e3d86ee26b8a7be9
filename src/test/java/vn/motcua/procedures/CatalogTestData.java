package vn.motcua.procedures;

import java.util.concurrent.atomic.AtomicInteger;

/** Builds procedure JSON for tests, each test in a field of its own so that catalogue figures do not mix. */
final class CatalogTestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100000));

    private CatalogTestData() {
    }

    static String uniqueCode() {
        return "9." + String.format("%06d", SEQUENCE.incrementAndGet() % 1_000_000);
    }

    static String uniqueField() {
        return "test-" + SEQUENCE.incrementAndGet();
    }

    /** A procedure with the given attributes; flags as in API.md. */
    static String json(String code, String field, String level, String extra) {
        return """
                {"code":"%s","name":"Thủ tục thử %s","fieldCode":"%s","fieldName":"Lĩnh vực thử","level":"%s",
                 "processingDays":10,"onlineKind":"NONE","oneStop":true,"interAgency":"NONE","onlinePayment":false,
                 "anyLocation":false,"internalProcessApproved":false,"internalProcessDigitized":false,
                 "publishedOn":"2024-01-05"%s}""".formatted(code, code, field, level, extra.isEmpty() ? "" : "," + extra);
    }
}
