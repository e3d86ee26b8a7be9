package vn.motcua.signatures.internal;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.motcua.shared.InvalidInputException;

/**
 * Token PKCS#11 / HSM: reaches a configured token through Java's SunPKCS11 provider, one provider per
 * token for the life of the process (a token library initialises once). The key never leaves the token:
 * the provider signs with it there.
 */
@Component
public class Pkcs11Tokens {

    private final SignatureSettings settings;
    private final Map<String, Provider> providers = new ConcurrentHashMap<>();

    Pkcs11Tokens(SignatureSettings settings) {
        this.settings = settings;
    }

    /** The names of the configured tokens (never their PINs). */
    public List<String> names() {
        return settings.tokens().keySet().stream().sorted().toList();
    }

    /**
     * The token's key, under its configured alias or the first with a certificate.
     *
     * @throws InvalidInputException there is no such token, or it cannot be opened, or it holds no key with a certificate
     */
    public PadesSigner.SigningKey key(String name) {
        SignatureSettings.Token token = Optional.ofNullable(name == null ? null : settings.tokens().get(name))
                .orElseThrow(() -> new InvalidInputException("token", "signatures.token.unknown", String.valueOf(name),
                        String.join(", ", names())));
        try {
            Provider provider = providers.computeIfAbsent(name, n -> provider(n, token));
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, token.pin() == null ? null : token.pin().toCharArray());
            for (String alias : Collections.list(store.aliases())) {
                if (token.alias() != null && !token.alias().isBlank() && !token.alias().equals(alias) || !store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, null);
                Certificate[] chain = store.getCertificateChain(alias);
                if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0) {
                    return new PadesSigner.SigningKey(privateKey, Arrays.stream(chain).map(X509Certificate.class::cast).toList(), provider);
                }
            }
        } catch (GeneralSecurityException | java.io.IOException | RuntimeException e) {
            throw new InvalidInputException("token", "signatures.token.unreachable", name, String.valueOf(e.getMessage()));
        }
        throw new InvalidInputException("token", "signatures.token.no-key", name);
    }

    private static Provider provider(String name, SignatureSettings.Token token) {
        StringBuilder config = new StringBuilder("--name=motcua-").append(name.replaceAll("[^A-Za-z0-9]", ""))
                .append("\nlibrary=").append(token.library());
        if (token.slot() != null) {
            config.append("\nslot=").append(token.slot());
        } else {
            config.append("\nslotListIndex=").append(token.slotListIndex() == null ? 0 : token.slotListIndex());
        }
        return Security.getProvider("SunPKCS11").configure(config.toString());
    }
}
