package vn.motcua.files.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import jakarta.servlet.MultipartConfigElement;

/**
 * The servlet container's multipart limits, made from the upload limits so the two cannot disagree:
 * a file part larger than {@code motcua.files.max-size} or a request larger than
 * {@code motcua.files.max-request-size} is refused (413) while it arrives; parts above a small
 * threshold are spooled to disk, never held in memory.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

    /** Parts up to this size (the form's text fields) stay in memory; anything larger goes to a temporary file. */
    private static final int IN_MEMORY_BYTES = 64 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(@Value("${motcua.files.max-size:20MB}") DataSize maxSize,
            @Value("${motcua.files.max-request-size:50MB}") DataSize maxRequestSize) {
        if (maxRequestSize.toBytes() <= maxSize.toBytes()) {
            throw new IllegalStateException("motcua.files.max-request-size (" + maxRequestSize + ") must be larger than "
                    + "motcua.files.max-size (" + maxSize + "): a request carries the file and the form's other fields");
        }
        return new MultipartConfigElement("", maxSize.toBytes(), maxRequestSize.toBytes(), IN_MEMORY_BYTES);
    }
}
