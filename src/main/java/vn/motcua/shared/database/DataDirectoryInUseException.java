package vn.motcua.shared.database;

import java.nio.file.Path;

/** Another MotCua process holds the embedded database's data directory. */
public class DataDirectoryInUseException extends RuntimeException {

    private final transient Path dataDirectory;

    public DataDirectoryInUseException(Path dataDirectory) {
        super("The data directory " + dataDirectory + " is already in use by another MotCua instance");
        this.dataDirectory = dataDirectory;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
