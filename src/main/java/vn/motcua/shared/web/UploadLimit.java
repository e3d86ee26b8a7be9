package vn.motcua.shared.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import jakarta.servlet.MultipartConfigElement;

/**
 * The container's multipart limits — the largest file part and the largest upload request — as the
 * files module set them from the upload limit, so the refusals before any controller name the same
 * figure the files module checks.
 */
@Component
class UploadLimit {

    private final long fileBytes;
    private final long requestBytes;

    UploadLimit(ObjectProvider<MultipartConfigElement> multipart) {
        MultipartConfigElement config = multipart.getIfAvailable();
        this.fileBytes = config == null || config.getMaxFileSize() < 0 ? Long.MAX_VALUE : config.getMaxFileSize();
        this.requestBytes = config == null || config.getMaxRequestSize() < 0 ? Long.MAX_VALUE : config.getMaxRequestSize();
    }

    /** The largest file an upload may carry. */
    long fileBytes() {
        return fileBytes;
    }

    /** The largest multipart request: the largest file and room for the form's other fields. */
    long requestBytes() {
        return requestBytes;
    }
}
