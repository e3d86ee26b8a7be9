package vn.motcua.signatures.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.motcua.signatures.AgencyCertificate.KeyKind;

/**
 * The key of a certificate row, ready to sign: a keystore is unsealed and opened once per process (rows
 * never change their key; a new certificate is a new row), a token's key is looked up on the token.
 */
@Component
public class SigningKeys {

    private final CertificateRows rows;
    private final KeyVault vault;
    private final Pkcs11Tokens tokens;
    private final Map<Long, PadesSigner.SigningKey> opened = new ConcurrentHashMap<>();

    SigningKeys(CertificateRows rows, KeyVault vault, Pkcs11Tokens tokens) {
        this.rows = rows;
        this.vault = vault;
        this.tokens = tokens;
    }

    public PadesSigner.SigningKey of(long certificateId) {
        return opened.computeIfAbsent(certificateId, id -> {
            CertificateRows.KeyMaterial material = rows.keyMaterial(id);
            if (material.kind() == KeyKind.PKCS11) {
                return tokens.key(material.tokenName());
            }
            char[] password = new String(vault.open(material.sealedPassword()), StandardCharsets.UTF_8).toCharArray();
            return Pkcs12Keys.open(vault.open(material.sealedKeystore()), password, "#" + id);
        });
    }
}
