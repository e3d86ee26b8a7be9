package vn.motcua.signatures.internal;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.signatures.*}: the master key that encrypts uploaded keystores (base64 of 32 bytes; when
 * left out, a key file in the data directory is made once), and the PKCS#11 tokens an administrator may
 * give an agency, each by a name: the token library, its slot (or slot list index), its PIN, and the
 * alias of the key on it (the first key when left out). The PIN is read here and never shown back.
 */
@ConfigurationProperties("motcua.signatures")
public record SignatureSettings(String masterKey, Map<String, Token> tokens) {

    public record Token(String library, Integer slot, Integer slotListIndex, String pin, String alias) {
    }

    public SignatureSettings {
        tokens = tokens == null ? Map.of() : Map.copyOf(tokens);
    }
}
