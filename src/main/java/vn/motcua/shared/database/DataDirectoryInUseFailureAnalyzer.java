package vn.motcua.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused data directory into a plain message instead of a stack trace. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(
                "The data directory " + cause.dataDirectory().toAbsolutePath()
                        + " is already in use by another MotCua instance on this machine.",
                "Stop the other instance, or start this one with another data directory "
                        + "(MOTCUA_DATA_DIR) or against a PostgreSQL server (MOTCUA_DB_URL).",
                cause);
    }
}
