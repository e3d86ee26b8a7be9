package vn.motcua.signatures.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import vn.motcua.shared.InvalidInputException;

/** Opens a PKCS#12 keystore as uploaded: the first key entry with its certificate chain, or a refusal that says what is wrong. */
public final class Pkcs12Keys {

    public static final String FIELD = "keystore";

    private Pkcs12Keys() {
    }

    /**
     * @throws InvalidInputException the file is not a PKCS#12 keystore, the password does not open it, or it holds no key with a certificate
     */
    public static PadesSigner.SigningKey open(byte[] keystore, char[] password, String fileName) {
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(keystore), password);
        } catch (IOException e) {
            // Java reports a wrong password as an IOException whose cause is an UnrecoverableKeyException.
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw new InvalidInputException("password", "signatures.keystore.password", fileName);
            }
            throw new InvalidInputException(FIELD, "signatures.keystore.format", fileName);
        } catch (GeneralSecurityException e) {
            throw new InvalidInputException(FIELD, "signatures.keystore.format", fileName);
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, password);
                Certificate[] chain = store.getCertificateChain(alias);
                if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0 && chain[0] instanceof X509Certificate) {
                    List<X509Certificate> certificates = Arrays.stream(chain).map(X509Certificate.class::cast).toList();
                    return new PadesSigner.SigningKey(privateKey, certificates, null);
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw new InvalidInputException("password", "signatures.keystore.password", fileName);
        } catch (GeneralSecurityException e) {
            throw new InvalidInputException(FIELD, "signatures.keystore.format", fileName);
        }
        throw new InvalidInputException(FIELD, "signatures.keystore.no-key", fileName);
    }
}
